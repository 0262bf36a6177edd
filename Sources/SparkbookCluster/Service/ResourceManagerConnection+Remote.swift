/// Joining a `sparkbook cluster` service.
extension ResourceManagerConnection {
    /// The application joins the service at `host:port`, proving the token found in `tokenDirectory`.
    public static func remote(host: String, port: Int, tokenDirectory: String = ServiceToken.defaultDirectory)
        -> ResourceManagerConnection {
        ResourceManagerConnection { submission in
            let link = try ServiceLink.open(host: host, port: port, tokenDirectory: tokenDirectory)
            return try RemoteResourceManagerClient(link: link, submission: submission)
        }
    }
}
