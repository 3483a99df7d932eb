#![doc = include_str!("../README.md")]

mod auth;
mod dataset;
mod endpoint;

pub use auth::Auth;
pub use dataset::{push, push_graphs, PushReport, Remote, DEFAULT_PAGE};
pub use endpoint::Endpoint;

use claimgraph_store::StoreError;

/// What can go wrong talking to a remote endpoint.
#[derive(Debug, thiserror::Error)]
pub enum RemoteError {
    /// The endpoint answered with an error status.
    #[error("{url} answered {status}: {body}")]
    Status {
        /// The request's URL.
        url: String,
        /// The HTTP status.
        status: u16,
        /// The start of the answer's body: the endpoint's own explanation.
        body: String,
    },
    /// The endpoint could not be reached.
    #[error("cannot reach {url}: {reason}")]
    Transport {
        /// The request's URL.
        url: String,
        /// Why.
        reason: String,
    },
    /// The answer was not what the protocol promises.
    #[error("unreadable answer from {url}: {reason}")]
    Answer {
        /// The request's URL.
        url: String,
        /// Why.
        reason: String,
    },
    /// A Graph Store URL whose query endpoint cannot be guessed.
    #[error("cannot tell which query endpoint goes with the Graph Store at {url}; name it (--remote-query URL)")]
    NoQueryEndpoint {
        /// The Graph Store URL.
        url: String,
    },
    /// The local store failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}
