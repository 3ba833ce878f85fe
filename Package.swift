// swift-tools-version:5.10
// Updraft: a Swift runtime for numba-style Python scripts.
// Modules follow the stages in Documentation/ and ../shared/DESIGN.md:
//   Syntax <- Runtime <- Array <- Interpreter <- CLI <- updraft (main.swift only).
import PackageDescription

let optimize: [SwiftSetting] = [
    .unsafeFlags(["-enforce-exclusivity=unchecked"]),
]

// LLVM 14 (Debian llvm-14-dev, installed by scripts/setup; Debian ships no llvm .pc file):
// headers and libLLVM-14.so live under /usr/lib/llvm-14. See Documentation/LLVM.md.
let llvmInclude = "/usr/lib/llvm-14/include"
let llvmLib = "/usr/lib/llvm-14/lib"
let llvmSwift: [SwiftSetting] = [.unsafeFlags(["-Xcc", "-I" + llvmInclude])]
let llvmLink: [LinkerSetting] = [
    .linkedLibrary("LLVM-14"),
    .unsafeFlags(["-L" + llvmLib, "-Xlinker", "-rpath", "-Xlinker", llvmLib]),
]

let package = Package(
    name: "Updraft",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "updraft", targets: ["updraft"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        .package(url: "https://github.com/attaswift/BigInt.git", from: "6.0.0"),
    ],
    targets: [
        .target(name: "UpdraftSyntax"),
        .target(
            name: "UpdraftRuntime",
            dependencies: ["UpdraftSyntax", .product(name: "BigInt", package: "BigInt")],
            swiftSettings: optimize),
        .target(
            name: "UpdraftArray",
            dependencies: ["UpdraftRuntime"],
            // No errno from sqrt: lets the elementwise loops vectorize it (sqrtpd).
            swiftSettings: optimize + [.unsafeFlags(["-Xcc", "-fno-math-errno"])]),
        .target(
            name: "UpdraftCompiler",
            dependencies: ["UpdraftSyntax", "UpdraftRuntime", "UpdraftArray"],
            swiftSettings: optimize),
        .target(
            name: "UpdraftInterpreter",
            dependencies: ["UpdraftSyntax", "UpdraftRuntime", "UpdraftArray"],
            swiftSettings: optimize),
        .target(
            name: "UpdraftTiering",
            dependencies: ["UpdraftSyntax", "UpdraftRuntime", "UpdraftArray", "UpdraftCompiler", "UpdraftInterpreter", "UpdraftLLVM"],
            swiftSettings: optimize),
        .target(
            name: "UpdraftCLI",
            dependencies: [
                "UpdraftSyntax", "UpdraftRuntime", "UpdraftArray", "UpdraftInterpreter", "UpdraftCompiler", "UpdraftTiering",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .systemLibrary(name: "CLLVM", path: "Sources/CLLVM", providers: [.apt(["llvm-14-dev"])]),
        .target(
            name: "CLLVMExtras",
            cxxSettings: [.unsafeFlags(["-I" + llvmInclude, "-std=c++14", "-fno-exceptions", "-fno-rtti"])],
            linkerSettings: llvmLink),
        .target(
            name: "UpdraftLLVM",
            dependencies: ["CLLVM", "CLLVMExtras", "UpdraftRuntime", "UpdraftArray", "UpdraftCompiler"],
            swiftSettings: optimize + llvmSwift,
            linkerSettings: llvmLink),
        .executableTarget(name: "updraft", dependencies: ["UpdraftCLI"]),
        .testTarget(name: "UpdraftSyntaxTests", dependencies: ["UpdraftSyntax"]),
        .testTarget(name: "UpdraftCLITests", dependencies: ["UpdraftCLI"]),
        .testTarget(name: "UpdraftRuntimeTests", dependencies: ["UpdraftRuntime"]),
        .testTarget(name: "UpdraftInterpreterTests", dependencies: ["UpdraftInterpreter", "UpdraftRuntime", "UpdraftSyntax"]),
        .testTarget(name: "UpdraftCompilerTests", dependencies: ["UpdraftCompiler", "UpdraftRuntime", "UpdraftSyntax"]),
        .testTarget(name: "UpdraftLLVMTests", dependencies: ["UpdraftLLVM", "UpdraftCompiler", "UpdraftRuntime", "UpdraftSyntax", "UpdraftArray"]),
        .testTarget(
            name: "ScriptTests",
            dependencies: ["UpdraftCLI"],
            exclude: ["Scripts"]),
    ]
)
