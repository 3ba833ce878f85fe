// Placeholder: reductions (to be implemented).

import UpdraftRuntime

func installReductions(_ np: PyModule) {}
