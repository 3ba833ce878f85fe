// The compiler's stages, in order. Reading this list is reading the compiler: each pass is a
// small type in Passes/ (or the stage folder it belongs to) with a name used by
// `--dump-after=NAME`, the timing table and error messages.

public enum Pipeline {
    /// numba's nopython pipeline up to a typed, rewritten IR (the LLVM stages follow it).
    public static let frontHalf: [CompilerPass] = [
        GenerateIR(),            // AST → labelled blocks of three-address statements
        AnalyzeControlFlow(),    // CFG: dominators, post-dominators, back edges, loops
        InlineCalls(),           // closures, lambdas and inline='always' callees
        FreezeGlobals(),         // module constants (np.pi, math.e, ints) become constants
        PruneDeadBranches(),     // `if CONST:` keeps one arm
        RewritePowers(),         // x ** 2 → x * x, x ** 3 → x * x * x
        AnalyzeControlFlow(name: "analyze_cfg_after_rewrites"),
        InferTypes(),            // numba's type lattice, propagated to a fixed point
        FuseArrayExpressions(),  // a * x + y over arrays: one loop, one allocation
        RemoveDeadCode(),        // unread constants, globals and attribute loads
        FindParfors(),           // parallel=True: prange loops and their reductions
    ]
}
