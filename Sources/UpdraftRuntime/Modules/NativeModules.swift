// Native modules: math, time, sys, random (stub).
func registerNativeModules() {}
