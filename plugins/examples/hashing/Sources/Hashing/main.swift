import SparkbookPluginKit

// Sparkbook's `hashing` plugin: serves the plugin protocol on stdin and stdout until shut down.
PluginServer(name: HashingMethods.name, version: HashingMethods.version, answer: HashingMethods.answer).run()
