// The builtins namespace (stub).
func installBuiltinFunctions() {}
