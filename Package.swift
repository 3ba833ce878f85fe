// swift-tools-version:5.10
// Updraft: a Swift runtime for numba-style Python scripts.
// Modules follow the stages in Documentation/ and ../shared/DESIGN.md:
//   Syntax <- Runtime <- Array <- Interpreter <- CLI <- updraft (main.swift only).
import PackageDescription

let optimize: [SwiftSetting] = [
    .unsafeFlags(["-enforce-exclusivity=unchecked"]),
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
            name: "UpdraftInterpreter",
            dependencies: ["UpdraftSyntax", "UpdraftRuntime", "UpdraftArray"],
            swiftSettings: optimize),
        .target(
            name: "UpdraftCLI",
            dependencies: [
                "UpdraftSyntax", "UpdraftRuntime", "UpdraftArray", "UpdraftInterpreter",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(name: "updraft", dependencies: ["UpdraftCLI"]),
        .testTarget(name: "UpdraftSyntaxTests", dependencies: ["UpdraftSyntax"]),
        .testTarget(name: "UpdraftCLITests", dependencies: ["UpdraftCLI"]),
        .testTarget(name: "UpdraftRuntimeTests", dependencies: ["UpdraftRuntime"]),
        .testTarget(name: "UpdraftInterpreterTests", dependencies: ["UpdraftInterpreter", "UpdraftRuntime", "UpdraftSyntax"]),
        .testTarget(
            name: "ScriptTests",
            dependencies: ["UpdraftCLI"],
            exclude: ["Scripts"]),
    ]
)
