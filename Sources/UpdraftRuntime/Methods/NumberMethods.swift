// Methods of the builtin type (stub; to be filled in).
func installNumberMethods() {}
