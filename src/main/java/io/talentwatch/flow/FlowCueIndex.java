package io.talentwatch.flow;

import io.talentwatch.definition.FlowCues;
import io.talentwatch.definition.FlowCues.Role;
import io.talentwatch.text.PhraseIndex;
import io.talentwatch.text.TextNormalizer;
import io.talentwatch.text.Token;
import io.talentwatch.text.Vocabulary;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A job's flow cues, normalized like document text and indexed by light stem, with the roles found in a text. */
final class FlowCueIndex {
    private final PhraseIndex<Role> cues;
    private final Set<String> staffStems = new HashSet<>();

    FlowCueIndex(FlowCues definition, TextNormalizer normalizer) {
        PhraseIndex.Builder<Role> builder = new PhraseIndex.Builder<>();
        definition.byRole().forEach((role, phrases) -> phrases.forEach(phrase -> {
            List<String> stems = normalizer.stems(phrase);
            builder.add(stems, role);
            if (role == Role.STAFF && stems.size() == 1) {
                staffStems.add(stems.get(0));
            }
        }));
        this.cues = builder.build();
    }

    /** The role of each token (null for none); a cue phrase's role sits on its first token. */
    Role[] roles(List<Token> tokens) {
        Role[] roles = new Role[tokens.size()];
        for (PhraseIndex.Hit<Role> hit : cues.scanTerms(tokens, Vocabulary.Part.FLOW_CUES)) {
            roles[hit.from()] = hit.target();
        }
        return roles;
    }

    /** Adds every key a cue is looked up by. */
    void addTo(Vocabulary.Builder vocabulary) {
        vocabulary.add(Vocabulary.Part.FLOW_CUES, cues.firstKeys());
    }

    /** Whether a (normalized) word stem is a staff noun: lets "باحثيها" be read as باحثي + ها. */
    boolean isStaffStem(String stem) {
        return staffStems.contains(stem);
    }
}
