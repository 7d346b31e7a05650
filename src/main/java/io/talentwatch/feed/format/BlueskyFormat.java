package io.talentwatch.feed.format;

import com.fasterxml.jackson.databind.JsonNode;
import io.talentwatch.feed.FeedItem;
import io.talentwatch.feed.FeedItemJson;
import io.talentwatch.feed.MalformedItem;
import io.talentwatch.feed.Retraction;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Bluesky posts in the shapes they come in: a bare {@code app.bsky.feed.post} record, a post view,
 * a feed ({@code getTimeline}, {@code getAuthorFeed}, search), a thread with its parents and
 * replies, and a Jetstream commit event (a create or update is an item, a delete a retraction).
 * {@code createdAt} comes with {@code Z} and with {@code +00:00} and microseconds alike.
 */
final class BlueskyFormat implements WireFormat {
    static final String DEFAULT_SOURCE = "bluesky";
    private static final String POST = "app.bsky.feed.post";

    @Override
    public Parsed parse(byte[] payload, FeedContext context) throws MalformedItem {
        JsonNode node = JsonPayload.read(payload);
        Entries entries = new Entries();
        if (node.has("feed")) {
            node.path("feed").forEach(entry -> add(entry.path("post"), null, context, entries));
        } else if (node.has("posts")) {
            node.path("posts").forEach(view -> add(view, null, context, entries));
        } else if (node.has("thread")) {
            thread(node.path("thread"), context, entries);
        } else if (node.has("time_us") && node.has("kind")) { // Jetstream: account and identity events say nothing of posts
            if (node.has("commit")) {
                commit(node, context, entries);
            }
        } else if (node.has("uri") && node.has("record")) {
            add(node, null, context, entries);
        } else if (POST.equals(JsonPayload.text(node, "$type"))) {
            add(null, node, context, entries);
        } else {
            throw new MalformedItem("not a Bluesky post, feed, thread or Jetstream event");
        }
        return entries.parsed();
    }

    /** A thread view: the posts it answers (its parents), the post, and every reply below it. */
    private static void thread(JsonNode thread, FeedContext context, Entries entries) {
        for (JsonNode parent = thread.path("parent"); parent.has("post"); parent = parent.path("parent")) {
            add(parent.path("post"), null, context, entries);
        }
        withReplies(thread, context, entries);
    }

    private static void withReplies(JsonNode node, FeedContext context, Entries entries) {
        if (node.has("post")) { // a reply that was deleted or blocked has no post
            add(node.path("post"), null, context, entries);
        }
        node.path("replies").forEach(reply -> withReplies(reply, context, entries));
    }

    /** A Jetstream event: only commits to posts count; account and identity events say nothing. */
    private static void commit(JsonNode event, FeedContext context, Entries entries) {
        JsonNode commit = event.path("commit");
        if (!POST.equals(JsonPayload.text(commit, "collection"))) {
            return;
        }
        String did = JsonPayload.text(event, "did");
        String uri = "at://" + did + "/" + POST + "/" + JsonPayload.text(commit, "rkey");
        if ("delete".equals(JsonPayload.text(commit, "operation"))) {
            long micros = event.path("time_us").asLong(0);
            Instant at = micros > 0 ? Instant.EPOCH.plus(micros, ChronoUnit.MICROS) : context.receivedAt();
            entries.add(new Retraction(source(context), uri, at));
            return;
        }
        entries.add(commit.path("record"), JsonPayload.raw(event), record -> item(uri, did, record, null, context));
    }

    /** A post view ({@code view}) or a bare record ({@code record} with no view). */
    private static void add(JsonNode view, JsonNode record, FeedContext context, Entries entries) {
        if (view == null) {
            entries.add(record, JsonPayload.raw(record), r -> item(null, null, r, null, context));
            return;
        }
        entries.add(view, JsonPayload.raw(view), v -> {
            JsonNode author = v.path("author");
            String handle = JsonPayload.text(author, "handle") != null ? JsonPayload.text(author, "handle") : JsonPayload.text(author, "did");
            return item(JsonPayload.text(v, "uri"), handle, v.path("record"), JsonPayload.text(v, "indexedAt"), context);
        });
    }

    private static FeedItem item(String uri, String author, JsonNode record, String indexedAt, FeedContext context) throws MalformedItem {
        if (!POST.equals(JsonPayload.text(record, "$type")) && record.has("$type")) {
            throw new MalformedItem("not an " + POST + " record", JsonPayload.text(record, "$type"));
        }
        Instant created = record.has("createdAt") || indexedAt == null
                ? JsonPayload.time(record, "createdAt") : JsonPayload.time("indexedAt", indexedAt);
        JsonNode langs = record.path("langs");
        return FeedItemJson.checked(new FeedItem(uri, context.kind(), source(context), webUrl(uri, author), author, null,
                HtmlText.plain(JsonPayload.text(record, "text")), langs.isArray() && langs.size() > 0 ? langs.get(0).asText() : null, created));
    }

    /** bsky.app's page of a post: {@code at://DID/app.bsky.feed.post/RKEY} seen under its author's handle. */
    private static String webUrl(String uri, String author) {
        if (uri == null || !uri.startsWith("at://")) {
            return null;
        }
        String[] parts = uri.substring(5).split("/");
        return parts.length == 3 ? "https://bsky.app/profile/" + (author != null ? author : parts[0]) + "/post/" + parts[2] : null;
    }

    static String source(FeedContext context) {
        return context.sourceOr(DEFAULT_SOURCE);
    }
}
