package io.talentwatch.feed.format;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.XmlFixerReader;
import io.talentwatch.feed.FeedItem;
import io.talentwatch.feed.FeedItemJson;
import io.talentwatch.feed.MalformedItem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Date;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.Namespace;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;

/**
 * RSS 0.9x–2.0 and Atom 0.3/1.0 through Rome, which handles their dates (RFC 822 and W3C, CDATA,
 * surrounding white space, numeric zones, fractional seconds), encodings and namespaces. An entry
 * whose date Rome cannot read is rejected alone, not with its feed.
 */
final class RssAtomFormat implements WireFormat {

    @Override
    public Parsed parse(byte[] payload, FeedContext context) throws MalformedItem {
        Document document = xml(payload);
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(document);
        } catch (FeedException | RuntimeException e) {
            throw new MalformedItem("not a readable RSS or Atom feed", firstLine(e.getMessage()));
        }
        String language = language(feed, document);
        FeedContext named = context.source() != null ? context : new FeedContext(siteName(feed), context.kind(), context.receivedAt());
        Entries entries = new Entries();
        for (SyndEntry entry : feed.getEntries()) {
            entries.add(entry, describe(entry), e -> FeedItemJson.checked(item(e, named, language)));
        }
        return entries.parsed();
    }

    /**
     * The document, its encoding taken from its BOM or declaration by Rome's {@link XmlReader}.
     * Doctypes are refused outright, as Rome does by default, so no external entity is ever fetched
     * or expanded (an RSS 0.91 feed that declares Netscape's DTD is refused too).
     */
    private static Document xml(byte[] payload) throws MalformedItem {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        builder.setExpandEntities(false);
        // Rome's fixer, as Rome itself reads feeds: leading blank lines and HTML entities (&nbsp;) that XML lacks.
        try (XmlFixerReader reader = new XmlFixerReader(new XmlReader(new ByteArrayInputStream(payload), true))) {
            return builder.build(reader);
        } catch (JDOMException | RuntimeException e) {
            throw new MalformedItem("not a readable RSS or Atom feed", firstLine(e.getMessage()));
        } catch (IOException e) {
            throw new MalformedItem("unreadable feed bytes", firstLine(e.getMessage()));
        }
    }

    private static FeedItem item(SyndEntry entry, FeedContext context, String language) {
        String url = entry.getLink() != null ? entry.getLink().strip() : null;
        String id = entry.getUri() != null && !entry.getUri().isBlank() ? entry.getUri().strip() : url;
        Date published = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
        return new FeedItem(id, context.kind(), context.source(), url, author(entry), HtmlText.of(entry.getTitle()),
                HtmlText.of(body(entry)), language, published == null ? null : published.toInstant());
    }

    /** The fullest text the entry has: its content (content:encoded, Atom content), else its description or summary. */
    private static String body(SyndEntry entry) {
        StringBuilder text = new StringBuilder();
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null && !content.getValue().isBlank()) {
                text.append(content.getValue()).append('\n');
            }
        }
        if (text.length() == 0 && entry.getDescription() != null) { // nothing in content: the description
            return entry.getDescription().getValue();
        }
        return text.toString();
    }

    private static String author(SyndEntry entry) {
        if (entry.getAuthor() != null && !entry.getAuthor().isBlank()) {
            return entry.getAuthor().strip();
        }
        for (SyndPerson person : entry.getAuthors()) {
            if (person.getName() != null && !person.getName().isBlank()) {
                return person.getName().strip();
            }
        }
        return null;
    }

    /** RSS {@code <language>}, or the {@code xml:lang} of an Atom feed: a hint, as every language field is. */
    private static String language(SyndFeed feed, Document document) {
        if (feed.getLanguage() != null && !feed.getLanguage().isBlank()) {
            return feed.getLanguage().strip();
        }
        String lang = document.getRootElement().getAttributeValue("lang", Namespace.XML_NAMESPACE);
        return lang == null || lang.isBlank() ? null : lang.strip();
    }

    /** A feed not named by its definition is named by its site's host, else its title. */
    private static String siteName(SyndFeed feed) {
        try {
            String host = feed.getLink() == null ? null : java.net.URI.create(feed.getLink().strip()).getHost();
            if (host != null) {
                return host.startsWith("www.") ? host.substring(4) : host;
            }
        } catch (IllegalArgumentException e) {
            // not a URL: the title names it
        }
        return feed.getTitle() == null || feed.getTitle().isBlank() ? null : feed.getTitle().strip();
    }

    private static String describe(SyndEntry entry) {
        return "title: " + entry.getTitle() + "\nlink: " + entry.getLink() + "\nid: " + entry.getUri();
    }

    private static String firstLine(String message) {
        return message == null ? null : message.lines().findFirst().orElse(message);
    }
}
