import SparkbookPluginKit

// Sparkbook's `sqlite` data source plugin: serves the plugin protocol on stdin and stdout until shut down.
PluginServer(name: PluginMethods.name, version: PluginMethods.version, answer: PluginMethods.answer).run()
