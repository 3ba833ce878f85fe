// The modules implemented in Swift: math, time, sys and random. Each is built on first import
// from a factory registered here; the factories return one shared instance, so the module
// state (random's generator, sys.stdout) is the same for every importer.

func registerNativeModules() {
    Runtime.nativeModules["math"] = { sharedModule("math", makeMathModule) }
    Runtime.nativeModules["time"] = { sharedModule("time", makeTimeModule) }
    Runtime.nativeModules["sys"] = { sharedModule("sys", makeSysModule) }
    Runtime.nativeModules["random"] = { sharedModule("random", makeRandomModule) }
    Runtime.nativeModules["os"] = { sharedModule("os", makeOsModule) }
    Runtime.nativeModules["os.path"] = { sharedModule("os.path", makeOsPathModule) }
}

nonisolated(unsafe) private var nativeModuleInstances: [String: PyModule] = [:]

/// The module named `name`, created by `make` the first time it is asked for.
func sharedModule(_ name: String, _ make: () -> PyModule) -> PyModule {
    if let m = nativeModuleInstances[name] { return m }
    let m = make()
    nativeModuleInstances[name] = m
    return m
}

/// `sys` once some code has imported it (print consults `sys.stdout` only then).
var loadedSysModule: PyModule? { nativeModuleInstances["sys"] }

extension PyModule {
    /// Adds a function to a native module.
    func define(_ name: String, _ body: @escaping (Args) throws -> Value) {
        globals.set(name, .object(PyBuiltinFunction(name, body)))
    }
}
