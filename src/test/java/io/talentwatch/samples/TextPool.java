package io.talentwatch.samples;

import java.util.List;

/**
 * Hand-written sentence pools for one language. Placeholders in braces are filled by
 * {@link TemplateFiller}: {@code {co}} and {@code {co2}} are companies, {@code {boss}} the first
 * company's leader, {@code {fact}} a dated fact about it, and the rest come from {@link Vocabulary}.
 * An Arabic one-letter prefix can be glued onto a slot, as in {@code {ل+co}}.
 *
 * <p>{@code *Tails} are endings added to social posts ({@code ""} for none), so that a small pool
 * of posts does not repeat word for word.
 *
 * <p>The {@code burst*} pools are for the Meta/OpenAI poaching story: there {@code co} is always
 * Meta and {@code co2} always OpenAI.
 */
record TextPool(
        List<Headline> companyNews,
        List<String> companyFollow,
        List<String> companySocial,
        List<Headline> hiringNews,
        List<String> hiringFollow,
        List<String> hiringSocial,
        List<String> hiringTails,
        List<Headline> noiseNews,
        List<String> noiseFollow,
        List<String> noiseSocial,
        List<String> noiseTails,
        List<Headline> ambiguousNews,
        List<String> ambiguousSocial,
        List<Headline> burstNews,
        List<String> burstFollow,
        List<String> burstSocial,
        List<String> burstSocialMetaOnly,
        List<String> burstSocialOpenAiOnly) {

    /** A news title and the opening sentence that goes with it. */
    record Headline(String title, String lead) {
    }

    static Headline h(String title, String lead) {
        return new Headline(title, lead);
    }
}
