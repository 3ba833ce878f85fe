// Placeholder: array functions (to be implemented).

import UpdraftRuntime

func installArrayFunctions(_ np: PyModule) {}
