// Stage 4: type inference ("nopython frontend"), run when the argument types are known.

import UpdraftRuntime

/// Resolves the function's globals and free variables for the typing stage.
struct StateResolver: GlobalResolver {
    let state: CompilationState
    func resolveGlobal(_ name: String) -> Value? { state.resolveGlobal(name) }
    func resolveFreeVariable(_ name: String) -> Value? { state.source.freeVariables[name] ?? state.resolveGlobal(name) }
}

public struct InferTypes: CompilerPass {
    public let name = "nopython_type_inference"
    public let description = "nopython frontend"
    public init() {}

    public func run(_ state: CompilationState) throws {
        guard let argTypes = state.argTypes else { return }
        let ir = try state.requireIR()
        var freeTypes: [String: NumbaType] = [:]
        for (name, value) in state.source.freeVariables { freeTypes[name] = try? typeof(value) }
        let inference = TypeInference(ir: ir, argTypes: argTypes, resolver: StateResolver(state: state),
                                      callee: state.callee, freeVariableTypes: freeTypes,
                                      sourceLines: state.source.lines.map(String.init),
                                      functionLine: state.source.location.line)
        state.typed = try inference.run()
    }
}
