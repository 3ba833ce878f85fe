// Array functions of the numpy module: sorting and order statistics, joining, shape
// rearrangement and searching. Each group lives in its own file of this folder.

import UpdraftRuntime

func installArrayFunctions(_ np: PyModule) {
    installSorting(np)
    installOrderStatistics(np)
    installJoining(np)
    installShaping(np)
    installSearching(np)
}
