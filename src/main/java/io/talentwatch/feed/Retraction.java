package io.talentwatch.feed;

import java.io.Serializable;
import java.time.Instant;

/**
 * The source withdrew one of its items (a Mastodon {@code delete}, a Bluesky delete commit): the
 * document with this source and id is marked deleted and drops out of counts from {@code at} on.
 *
 * @param at when the withdrawal was seen (deletes carry no time of their own)
 */
public record Retraction(String source, String id, Instant at) implements FeedEvent, Serializable {}
