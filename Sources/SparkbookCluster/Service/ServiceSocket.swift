#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// One TCP connection on loopback carrying newline-delimited messages, for both ends of the `sparkbook cluster`
/// protocol. Plain POSIX sockets with blocking reads, one reading thread per connection: the service holds a
/// handful of connections (one per notebook on this machine), a client's `ResourceManagerClient` calls are
/// synchronous and must not wait on an event loop, and a receive timeout on the blocking read is exactly the
/// heartbeat timeout. One reader at a time; writes may come from any thread (a lock keeps lines whole).
public final class ServiceSocket: Sendable {
    private let fd: Int32
    private let writeLock = Mutex(())
    private let buffer = Mutex<[UInt8]>([])
    /// A line longer than this ends the connection: 1 MiB for what clients send the service (a client never fills
    /// its memory), more for what the service sends a client (a long-running service's usage log).
    let maximumLineBytes: Int

    private init(fd: Int32, maximumLineBytes: Int) {
        self.fd = fd
        self.maximumLineBytes = maximumLineBytes
    }

    /// The descriptor is released only here, when no thread can use it any more: closing it earlier would let
    /// a reader still in `recv` read from whatever connection gets the number next.
    deinit { _ = Glibc.close(fd) }

    /// Whether `host` is an IPv4 or IPv6 loopback address (or `localhost`).
    public static func isLoopback(_ host: String) -> Bool {
        if host == "localhost" || host == "::1" { return true }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }

    /// Listens on a loopback address; port 0 takes any free port. Returns the socket and the port it got.
    static func listen(host: String, port: Int) throws(ClusterServiceError) -> (ServiceSocket, Int) {
        guard isLoopback(host), host != "::1" else { throw .notLoopback(host) }
        let fd = socket(AF_INET, Self.streamType, 0)
        guard fd >= 0 else { throw .system("socket", errno) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = try Self.address(host == "localhost" ? "127.0.0.1" : host, port: port)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, Glibc.listen(fd, 64) == 0 else {
            let code = errno
            _ = Glibc.close(fd)
            throw .system("bind \(host):\(port)", code)
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return (ServiceSocket(fd: fd, maximumLineBytes: 1 << 20), Int(UInt16(bigEndian: actual.sin_port)))
    }

    /// Connects to the service at `host:port`.
    static func connect(host: String, port: Int) throws(ClusterServiceError) -> ServiceSocket {
        let fd = socket(AF_INET, Self.streamType, 0)
        guard fd >= 0 else { throw .system("socket", errno) }
        var address = try Self.address(host == "localhost" ? "127.0.0.1" : host, port: port)
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            let code = errno
            _ = Glibc.close(fd)
            throw .unreachable(master: "\(MasterURL.serviceScheme)\(host):\(port)", reason: Self.text(of: code))
        }
        var yes: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
        return ServiceSocket(fd: fd, maximumLineBytes: 1 << 28)
    }

    /// Waits for the next client; nil once the socket is closed.
    func accept() -> ServiceSocket? {
        while true {
            let client = Glibc.accept(fd, nil, nil)
            if client >= 0 {
                var yes: Int32 = 1
                setsockopt(client, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
                return ServiceSocket(fd: client, maximumLineBytes: maximumLineBytes)
            }
            if errno == EINTR || errno == ECONNABORTED { continue }
            return nil
        }
    }

    /// A read waiting longer than this fails (the heartbeat timeout); nil waits forever.
    func setReceiveTimeout(milliseconds: Int?) {
        var value = timeval(tv_sec: (milliseconds ?? 0) / 1000, tv_usec: ((milliseconds ?? 0) % 1000) * 1000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &value, socklen_t(MemoryLayout<timeval>.size))
    }

    /// Sends one line (a newline is added); false when the peer is gone.
    @discardableResult
    func send(_ line: String) -> Bool {
        var bytes = Array(line.utf8)
        bytes.append(UInt8(ascii: "\n"))
        return writeLock.withLock { _ in
            var offset = 0
            while offset < bytes.count {
                let written = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return false }
                offset += written
            }
            return true
        }
    }

    /// The next line without its newline; nil at the end of the stream, on an error, after the receive timeout,
    /// or when a line exceeds `maximumLineBytes`.
    func readLine() -> String? {
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let line: String? = buffer.withLock { pending in
                guard let newline = pending.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
                let text = String(decoding: pending[..<newline], as: UTF8.self)
                pending.removeSubrange(...newline)
                return text
            }
            if let line { return line }
            if buffer.withLock({ $0.count }) > maximumLineBytes { return nil }
            let count = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return nil }
            buffer.withLock { $0.append(contentsOf: chunk[..<count]) }
        }
    }

    /// Wakes a blocked reader (or `accept`) and ends the connection both ways.
    func shutdownBoth() { _ = Glibc.shutdown(fd, Int32(SHUT_RDWR)) }

    /// Ends the connection both ways; blocked reads and later writes fail at once.
    func close() { shutdownBoth() }

    private static var streamType: Int32 {
        #if canImport(Glibc)
        Int32(SOCK_STREAM.rawValue)
        #else
        SOCK_STREAM
        #endif
    }

    private static func address(_ host: String, port: Int) throws(ClusterServiceError) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(clamping: port)).bigEndian
        guard inet_pton(AF_INET, host, &address.sin_addr) == 1 else { throw .notLoopback(host) }
        return address
    }

    static func text(of code: Int32) -> String { String(cString: strerror(code)) }
}
