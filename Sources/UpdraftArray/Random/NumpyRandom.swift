// Placeholder: np.random (to be implemented).

import UpdraftRuntime

func installRandom(_ m: PyModule) {}
