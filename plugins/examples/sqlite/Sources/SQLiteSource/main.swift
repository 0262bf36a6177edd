// Sparkbook's `sqlite` data source plugin: serves the plugin protocol on stdin and stdout until shut down.
RPCServer(answer: PluginMethods.answer).run()
