// The `time` module: wall clock, monotonic and CPU clocks (as floats and nanosecond ints), and
// sleep, which flushes buffered stdout first so output appears before the pause.

import Foundation

func makeTimeModule() -> PyModule {
    let time = PyModule(name: "time")

    func clock(_ name: String, _ id: clockid_t) {
        time.define(name) { args in
            try args.expect("time.\(name)", min: 0, max: 0)
            return .float(clockSeconds(clockNanoseconds(id)))
        }
        time.define(name + "_ns") { args in
            try args.expect("time.\(name)_ns", min: 0, max: 0)
            return .int(clockNanoseconds(id))
        }
    }
    clock("time", CLOCK_REALTIME)
    clock("perf_counter", CLOCK_MONOTONIC)
    clock("monotonic", CLOCK_MONOTONIC)
    clock("process_time", CLOCK_PROCESS_CPUTIME_ID)
    clock("thread_time", CLOCK_THREAD_CPUTIME_ID)

    time.define("sleep") { args in
        try args.expect("time.sleep", min: 1, max: 1)
        let secs: Double
        switch args[0] {
        case .float(let d): secs = d
        default: secs = Double(try indexInt(args[0]))
        }
        if secs.isNaN { throw PythonError.valueError("Invalid value NaN (not a number)") }
        // CPython keeps times as 64-bit nanoseconds.
        if Swift.abs(secs) * 1e9 >= 9.223372036854775807e18 {
            throw PythonError.overflowError("timestamp out of range for platform time_t")
        }
        if secs < 0 { throw PythonError.valueError("sleep length must be non-negative") }
        OutputStream.stdout.flush()
        if secs > 0 {
            let whole = secs.rounded(.down)
            var request = timespec(tv_sec: Int(whole),
                                   tv_nsec: Int((secs - whole) * 1e9))
            var remaining = timespec()
            while nanosleep(&request, &remaining) != 0 && errno == EINTR { request = remaining }
        }
        return .none
    }
    time.globals.set("timezone", .int(Int(timezoneOffset())))
    return time
}

/// Nanoseconds on `clock`, as CPython's `_PyTime_t`.
func clockNanoseconds(_ clock: clockid_t) -> Int {
    var ts = timespec()
    clock_gettime(clock, &ts)
    return Int(ts.tv_sec) &* 1_000_000_000 &+ Int(ts.tv_nsec)
}

/// `_PyTime_AsSecondsDouble`: exact for whole seconds, otherwise one division.
func clockSeconds(_ ns: Int) -> Double {
    if ns % 1_000_000_000 == 0 { return Double(ns / 1_000_000_000) }
    return Double(ns) / 1e9
}

/// Seconds west of UTC, as `time.timezone`.
private func timezoneOffset() -> Int {
    -TimeZone.current.secondsFromGMT(for: Date(timeIntervalSince1970: 0))
}
