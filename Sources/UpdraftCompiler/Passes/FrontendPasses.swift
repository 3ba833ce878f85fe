// The first stage: AST → IR, and the CFG analyses (dumped with `--dump=cfg` / `--dump=ir`).

public struct GenerateIR: CompilerPass {
    public let name = "generate_ir"
    public let description = "generate IR"
    public init() {}
    public func run(_ state: CompilationState) throws {
        let src = state.source
        let ir = try IRBuilder(function: src.definition, filename: src.filename, qualname: state.qualname,
                               location: src.location, enclosing: Set(src.freeVariables.keys)).build()
        state.ir = ir
    }
}

public struct AnalyzeControlFlow: CompilerPass {
    public let name: String
    public let description = "analyzing control flow"
    public init(name: String = "analyze_cfg") { self.name = name }
    public func run(_ state: CompilationState) throws {
        state.cfg = try state.requireIR().controlFlowGraph()
    }
}
