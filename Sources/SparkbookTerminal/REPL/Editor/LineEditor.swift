import CEditLineShim
@preconcurrency import CLibEdit
import Foundation

/// The line editor: libedit through its readline-compatible API, driven in callback mode from a poll loop so
/// that Ctrl-C clears the line (instead of killing the process) and runtime notices can be printed above the
/// line being edited while the user thinks.
///
/// libedit keeps one global editor, so this type is a thin owner of that global state; create one at a time.
final class LineEditor {
    enum Input: Equatable {
        case line(String)
        /// Ctrl-C at the prompt: the line was cleared.
        case interrupt
        /// Ctrl-D on an empty line.
        case endOfInput
    }

    private let interruptFD: Int32

    /// `completer` receives the text before the cursor (with the pending lines of a multi-line entry in front)
    /// and answers with replacements.
    init(completer: @escaping (String) -> Completion, pendingText: @escaping () -> String) {
        setlocale(LC_CTYPE, "")
        rl_readline_name = UnsafePointer(strdup("sparkbook"))
        rl_catch_signals = 0  // the shim's handler owns SIGINT; libedit must not chain to it mid-read
        EditorGlobals.completer = completer
        EditorGlobals.pendingText = pendingText
        // Keys are read through the shim, so Ctrl-C also ends libedit's own nested reads (Ctrl-R search).
        rl_getc_function = sparkbook_getc
        _ = rl_initialize()
        // Completion lists every candidate at once (`df.` has over a hundred): libedit's "Display all N
        // possibilities? (y or n)" reads the answer through stdio, which would swallow the keys typed after it.
        rl_completion_query_items = Int32.max
        // `.` is deliberately not a break: `events_df.gro` is one word whose completion keeps `events_df.`.
        rl_completer_word_break_characters = strdup(" \t\n\"'`@$><=;|&{([,+-*/%")
        rl_attempted_completion_function = EditorGlobals.attemptCompletion
        rl_completion_append_character = 0
        interruptFD = sparkbook_install_sigint_pipe()
    }

    /// Reads one line; calls `idle` about five times a second while the user types or thinks.
    func readLine(prompt: String, idle: () -> Void) -> Input {
        EditorGlobals.finishedLine = nil
        rl_callback_handler_install(prompt, EditorGlobals.lineHandler)
        defer { rl_callback_handler_remove() }
        _ = sparkbook_drain_sigint_pipe()
        while true {
            var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: interruptFD, events: Int16(POLLIN), revents: 0)]
            let ready = poll(&fds, interruptFD >= 0 ? 2 : 1, 200)
            if interruptFD >= 0, sparkbook_drain_sigint_pipe() > 0 {
                // Show the abandoned line as typed, then a fresh prompt (re-installing resets libedit's buffer).
                FileHandle.standardOutput.write(Data("^C\n".utf8))
                return .interrupt
            }
            if ready > 0, fds[0].revents & Int16(POLLIN | POLLHUP) != 0 {
                rl_callback_read_char()
                if let finished = EditorGlobals.finishedLine {
                    return finished.map(Input.line) ?? .endOfInput
                }
            } else if ready == 0 {
                idle()
            } else if ready < 0, errno != EINTR {
                return .endOfInput
            }
        }
    }

    /// Prints text above the line being edited, then redraws the prompt and the line as they were.
    func printAbove(_ text: String) {
        let body = text.hasSuffix("\n") ? text : text + "\n"
        FileHandle.standardOutput.write(Data(("\r\u{1B}[K" + body).utf8))
        rl_forced_update_display()
    }

    /// Stops catching Ctrl-C (for the job watcher to take over, or at exit).
    func close() {
        sparkbook_remove_sigint_pipe()
    }

    var interruptDescriptor: Int32 { interruptFD }
}

/// The state libedit's C callbacks reach: C function pointers cannot capture, so they read these. Touched only
/// on the thread that runs the editor loop (inside `rl_callback_read_char`).
enum EditorGlobals {
    nonisolated(unsafe) static var finishedLine: String??
    nonisolated(unsafe) static var completer: ((String) -> Completion)?
    nonisolated(unsafe) static var pendingText: (() -> String)?
    nonisolated(unsafe) static var candidates: [String] = []

    /// Called by libedit with the finished line (malloc'd, ours to free) or NULL at end of input.
    static let lineHandler: @convention(c) (UnsafeMutablePointer<CChar>?) -> Void = { line in
        if let line {
            finishedLine = .some(String(cString: line))
            free(line)
        } else {
            finishedLine = .some(nil)
        }
    }

    /// libedit's completion hook: `start` and `end` are byte offsets of the word libedit will replace.
    static let attemptCompletion: @convention(c) (UnsafePointer<CChar>?, Int32, Int32)
        -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = { text, start, end in
        rl_attempted_completion_over = 1  // never fall back to file names
        guard let text, let completer, let buffer = rl_line_buffer else { return nil }
        let lineBytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(buffer).assumingMemoryBound(to: UInt8.self),
                                                  count: Int(strlen(buffer))))
        let cursor = min(Int(end), lineBytes.count)
        let linePrefix = String(decoding: lineBytes[..<cursor], as: UTF8.self)
        let pending = pendingText?() ?? ""
        let context = pending.isEmpty ? linePrefix : pending + "\n" + linePrefix
        let contextOffset = pending.isEmpty ? 0 : pending.utf8.count + 1
        let completion = completer(context)
        let startByte = String(Array(context).prefix(completion.start)).utf8.count - contextOffset
        guard startByte >= 0 else { return nil }
        let wordStart = Int(start)
        candidates = completion.candidates.compactMap { candidate in
            if startByte >= wordStart {
                return String(decoding: lineBytes[wordStart..<startByte], as: UTF8.self) + candidate
            }
            // libedit's word starts later than ours: drop what is already typed before its word.
            let typed = String(decoding: lineBytes[startByte..<wordStart], as: UTF8.self)
            return candidate.hasPrefix(typed) ? String(candidate.dropFirst(typed.count)) : nil
        }
        guard !candidates.isEmpty else { return nil }
        return rl_completion_matches(text, generator)
    }

    /// Hands libedit one candidate per call, strdup'd because libedit frees them.
    static let generator: @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>? = { _, state in
        let index = Int(state)
        return index < candidates.count ? strdup(candidates[index]) : nil
    }
}
