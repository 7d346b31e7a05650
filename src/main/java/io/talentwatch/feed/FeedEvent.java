package io.talentwatch.feed;

/**
 * What a feed says, in its order: an item (new or edited, same id) or the withdrawal of one. A
 * stream such as Mastodon's sends both, and a delete must follow the update it undoes.
 */
public sealed interface FeedEvent permits FeedItem, Retraction {}
