package io.talentwatch.samples;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The invented outlets and platforms, each with its own id and URL style, so ids look like what
 * each source would really send. Every domain is under a reserved example domain.
 */
final class Sources {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_PATH = DateTimeFormatter.ofPattern("yyyy/MM/dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyyMMddHHmm").withZone(ZoneOffset.UTC);
    /** The epoch of chirp.example's snowflake ids (borrowed from a well-known scheme). */
    private static final long CHIRP_EPOCH = 1288834974657L;

    private enum Outlet {
        GULF_TECH_DAILY("Gulf Tech Daily", Lang.EN, true, List.of("Hannah Okafor", "Omar Haddad", "Priya Raman", "Staff reporter")),
        SILICON_LEDGER("The Silicon Ledger", Lang.EN, false, List.of("Tom Eriksen", "Lucia Marquez", "Daniel Whitfield")),
        FRONTIER_COMPUTE("Frontier Compute Review", Lang.EN, true, List.of("Mei Tanaka", "Greg Ndlovu", "Aisha Karim")),
        NORTHWIND_WIRE("Northwind Business Wire", Lang.EN, false, List.of("Sofia Lindqvist", "Northwind staff", "Ravi Menon")),
        MARSAD("مرصد الذكاء", Lang.AR, true, List.of("ليلى الحربي", "عمر الزعبي", "فريق التحرير")),
        TIQNIYA_TODAY("التقنية اليوم", Lang.AR, false, List.of("سارة المطيري", "خالد بن ناصر", "ريم العتيبي")),
        MUSTAQBAL("شبكة المستقبل الرقمي", Lang.AR, true, List.of("يوسف الحداد", "نور الشامي", "محرر الشؤون التقنية"));

        final String title;
        final Lang lang;
        final boolean sendsLang;
        final List<String> authors;

        Outlet(String title, Lang lang, boolean sendsLang, List<String> authors) {
            this.title = title;
            this.lang = lang;
            this.sendsLang = sendsLang;
            this.authors = authors;
        }
    }

    private enum Platform {
        CHIRP("chirp.example", 4, 4),
        MASTODON("mastodon.example", 3, 2),
        THREADLINE("threadline.example.net", 3, 2),
        MAJLIS("majlis.example.org", 0, 3);

        final String host;
        final int englishWeight;
        final int arabicWeight;

        Platform(String host, int englishWeight, int arabicWeight) {
            this.host = host;
            this.englishWeight = englishWeight;
            this.arabicWeight = arabicWeight;
        }
    }

    private static final List<String> ENGLISH_HANDLES = List.of(
            "maya_ml", "devon.codes", "quietbyte", "raj_infra", "lena_evals", "tomsbuilds", "kx_researcher",
            "sunny_sre", "nightowl_dev", "paperskimmer", "jo_recruits", "gpu_poor_guy", "cat_and_compiler",
            "amal.writes", "benchmark_ben", "hr_hanna", "latency_lou", "dana_in_doha", "fatima_builds", "the_ml_intern");
    /** Arabic-writing accounts: a handle, and for some a display name the platform sends instead. */
    private static final List<String[]> ARABIC_USERS = List.of(
            new String[] {"noura_data", "نورة | مهندسة بيانات"}, new String[] {"abdullah_dev", null},
            new String[] {"sara_ai_ar", null}, new String[] {"k_alotaibi", null},
            new String[] {"dr_mariam_ml", "د. مريم"}, new String[] {"fahad.tech", "م. فهد"},
            new String[] {"hind_codes", "هند التقنية"}, new String[] {"m_alshehri", null},
            new String[] {"yasmin_amman", null}, new String[] {"taqni_cairo", "تقني من القاهرة"},
            new String[] {"ahmad.sre", null}, new String[] {"reem_reads", null},
            new String[] {"majid_ml", null}, new String[] {"lulwa_q8", null},
            new String[] {"abu_sultan77", "أبو سلطان"}, new String[] {"a_rahman_dev", "عبدالرحمن"});

    private final Random rng;
    private final Map<String, Integer> sequences = new HashMap<>();
    private final Map<Long, Integer> snowflakeSequence = new HashMap<>();

    Sources(Random rng) {
        this.rng = rng;
    }

    FeedItem news(Lang lang, String title, String text, Instant at) {
        List<Outlet> outlets = Arrays.stream(Outlet.values()).filter(o -> o.lang == lang).toList();
        Outlet outlet = outlets.get(rng.nextInt(outlets.size()));
        return news(outlet, title, text, at);
    }

    /** The Arabic seed story comes from a fixed outlet. */
    FeedItem seedNews(String title, String text, Instant at) {
        return news(Outlet.MARSAD, title, text, at);
    }

    private FeedItem news(Outlet outlet, String title, String text, Instant at) {
        String author = outlet.authors.get(rng.nextInt(outlet.authors.size()));
        String id;
        String url;
        switch (outlet) {
            case GULF_TECH_DAILY -> {
                String day = DAY.format(at);
                id = "gtd-" + day + "-" + String.format("%04d", next("gtd-" + day, 1));
                url = "https://gulftechdaily.example.com/" + DAY_PATH.format(at) + "/" + slug(title);
            }
            case SILICON_LEDGER -> {
                int n = next("sl", 481200);
                id = "SL" + n;
                url = "https://www.siliconledger.example.com/news/" + slug(title) + "-" + n;
            }
            case FRONTIER_COMPUTE -> {
                id = "fcr-" + next("fcr", 20417);
                url = "https://frontiercompute.example.org/articles/" + id;
            }
            case NORTHWIND_WIRE -> {
                id = "NBW-" + MINUTE.format(at) + "-" + String.format("%02d", next("nbw-" + MINUTE.format(at), 1));
                url = "https://northwindwire.example.net/story/" + id;
            }
            case MARSAD -> {
                int n = next("marsad", 58310);
                id = "marsad-" + n;
                url = "https://marsad-ai.example.net/news/" + n;
            }
            case TIQNIYA_TODAY -> {
                int n = next("tt", 730150);
                id = "tt" + n;
                url = "https://tiqniya-today.example.com/article/" + n;
            }
            case MUSTAQBAL -> {
                id = "msd-2025-" + String.format("%05d", next("msd", 11904));
                url = "https://mustaqbal-digital.example.org/ar/" + id;
            }
            default -> throw new IllegalStateException();
        }
        return new FeedItem(id, FeedItem.NEWS, outlet.title, url, author, title, text,
                outlet.sendsLang ? outlet.lang.code : null, at, outlet.lang.code);
    }

    FeedItem social(Lang lang, String text, Instant at) {
        Platform platform = platform(lang);
        String handle;
        String author;
        if (lang == Lang.EN) {
            handle = pick(ENGLISH_HANDLES);
            author = "@" + handle;
        } else {
            String[] user = ARABIC_USERS.get(rng.nextInt(ARABIC_USERS.size()));
            handle = user[0];
            author = user[1] != null ? user[1] : "@" + handle;
        }
        long millis = at.toEpochMilli() + rng.nextInt(1000);
        String id;
        String url;
        switch (platform) {
            case CHIRP -> {
                long snowflake = ((millis - CHIRP_EPOCH) << 22) | snowflakeSeq(millis);
                id = Long.toString(snowflake);
                url = "https://chirp.example/" + handle + "/status/" + id;
            }
            case MASTODON -> {
                id = Long.toString((millis << 16) | snowflakeSeq(millis));
                url = "https://mastodon.example/@" + handle + "/" + id;
            }
            case THREADLINE -> {
                id = "tl_" + Long.toString(millis, 36) + Integer.toString(36 + rng.nextInt(36 * 35), 36);
                url = "https://threadline.example.net/p/" + id;
            }
            case MAJLIS -> {
                int n = next("majlis", 70421);
                id = "majlis-" + n;
                url = "https://majlis.example.org/t/" + n;
            }
            default -> throw new IllegalStateException();
        }
        // About half the posts carry a language hint, and a few of those are wrong.
        String hint = null;
        if (rng.nextInt(100) < 45) {
            hint = rng.nextInt(100) < 12 ? lang.other().code : lang.code;
        }
        return new FeedItem(id, FeedItem.SOCIAL, platform.host, url, author, null, text, hint, at, lang.code);
    }

    private Platform platform(Lang lang) {
        int total = 0;
        for (Platform p : Platform.values()) {
            total += lang == Lang.EN ? p.englishWeight : p.arabicWeight;
        }
        int r = rng.nextInt(total);
        for (Platform p : Platform.values()) {
            r -= lang == Lang.EN ? p.englishWeight : p.arabicWeight;
            if (r < 0) {
                return p;
            }
        }
        throw new IllegalStateException();
    }

    private int next(String counter, int first) {
        return sequences.merge(counter, first, (old, ignored) -> old + 1 + rng.nextInt(3));
    }

    private int snowflakeSeq(long millis) {
        return snowflakeSequence.merge(millis, 0, (old, ignored) -> old + 1);
    }

    private String pick(List<String> list) {
        return list.get(rng.nextInt(list.size()));
    }

    static String slug(String title) {
        String s = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return s.length() > 70 ? s.substring(0, 70).replaceAll("-[^-]*$", "") : s;
    }
}
