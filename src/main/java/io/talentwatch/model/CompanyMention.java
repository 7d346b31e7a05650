package io.talentwatch.model;

import java.io.Serializable;

/** One company named by one document: the flat event that windows count per company. */
public record CompanyMention(
        String companyId,
        String documentId,
        long publishedMillis,
        boolean onTopic,
        double sentiment) implements Serializable {}
