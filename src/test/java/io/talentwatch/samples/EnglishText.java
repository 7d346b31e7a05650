package io.talentwatch.samples;

import static io.talentwatch.samples.TextPool.h;

import java.util.List;

/** English sentence pools. All text is original; the outlets and people posting are invented. */
final class EnglishText {

    private EnglishText() {
    }

    static TextPool pool() {
        return new TextPool(
                COMPANY_NEWS, COMPANY_FOLLOW, COMPANY_SOCIAL,
                HIRING_NEWS, HIRING_FOLLOW, HIRING_SOCIAL, HIRING_TAILS,
                NOISE_NEWS, NOISE_FOLLOW, NOISE_SOCIAL, NOISE_TAILS,
                AMBIGUOUS_NEWS, AMBIGUOUS_SOCIAL,
                BURST_NEWS, BURST_FOLLOW, BURST_SOCIAL, BURST_SOCIAL_META_ONLY, BURST_SOCIAL_OPENAI_ONLY);
    }

    // ---- Background: ordinary news about the AI companies ------------------------------------

    private static final List<TextPool.Headline> COMPANY_NEWS = List.of(
            h("{co} opens engineering hub in {city}",
                    "{co} is opening an engineering office in {city} and plans to hire about {n} people over the next year, according to job listings published this week."),
            h("{co} names new head of {team}",
                    "{co} has appointed a new head of {team}, promoting a long-serving engineer, according to an internal memo sent to staff on {weekday}."),
            h("{boss} sets out {co}'s priorities for the rest of the year",
                    "Speaking at an industry conference, {boss} said {co} would concentrate on reliability and lower costs for customers over the coming months."),
            h("What {co}'s latest move means for developers",
                    "{co} {fact}, a step that developers and rivals alike are watching closely."),
            h("{co} and {co2} chase the same corporate customers",
                    "Sales teams from {co} and {co2} are increasingly pitching the same large companies, procurement managers at three regional banks said."),
            h("{co} widens its summer research internship",
                    "{co} says its research internship has grown to {n} places this year, with new places reserved for students from the Middle East and Africa."),
            h("Analysts lift estimates for {co}'s spending",
                    "Analysts at two brokerages raised their forecasts for {co}'s capital spending this year, pointing to data-centre construction and chip orders."),
            h("{co} hires former {co2} engineer to run {team}",
                    "{co} has recruited a former {co2} engineer to lead its {team} group, the latest in a steady flow of people moving between the large labs."),
            h("{co} updates {product} with longer memory",
                    "{co} pushed an update to {product} this week that lets it remember more of a conversation and handle larger uploaded documents."),
            h("{co} asked for details on data-centre water use",
                    "Local officials want more information from {co} about how much water and electricity its newest data centre will need in summer."),
            h("{co} advertises {n} roles in AI safety and evaluation",
                    "{co} listed {n} openings for safety and evaluation researchers this week, most of them based in {city} or open to remote candidates."),
            h("{co} partners with {firm} on Arabic dialects",
                    "{co} will work with {firm} to improve how its models understand Gulf and Levantine dialects, the two companies said on {weekday}."),
            h("Inside {co}'s quiet push into {field}",
                    "{co} has built up a small team working on {field}, judging by recent job postings and papers presented at conferences."),
            h("{co} hosts developer day in {city}",
                    "Several hundred developers gathered in {city} on {weekday} for a {co} workshop on building agents with {product}."),
            h("Researchers from {co} and {co2} co-author paper on {field}",
                    "A new paper with authors from {co} and {co2} proposes a cheaper way to test {field} systems before they are released."),
            h("Recruiters: AI engineer salaries still climbing in {city}",
                    "Recruiters in {city} say {co} and {co2} are among the employers offering the highest pay for machine-learning engineers this summer."),
            h("{co} brings {product} to more countries",
                    "{co} said {product} is now available in {n} more countries, several of them in the Gulf and North Africa."),
            h("{co} publishes report on how it tests new models",
                    "{co} released a report describing how new models are tested before launch, including exercises run by outside experts."),
            h("Week ahead: what to expect from {co} and {co2}",
                    "Both {co} and {co2} are expected to make product announcements in the coming days, and developers are hoping for lower prices."),
            h("{co} explains {product} disruption",
                    "{co} said a short outage that hit {product} on {weekday} was caused by a faulty configuration change that has since been rolled back."),
            h("{co} expands graduate hiring in {city}",
                    "{co} plans to take on more graduates in {city} this year, with a focus on {field} and infrastructure roles."),
            h("{boss} meets students at {city} university",
                    "{boss} spent an afternoon answering students' questions in {city}, mostly about careers in AI and how {co} chooses research projects."),
            h("{co} doubles size of {team} group",
                    "The {team} group at {co} has roughly doubled over the past year, according to people familiar with the team and public profiles of its members."),
            h("{co} sets up research fellowship for Arab universities",
                    "{co} will fund {n} doctoral fellowships at universities in the Arab world, with a focus on {field}."));

    private static final List<String> COMPANY_FOLLOW = List.of(
            "The company did not respond to a request for comment.",
            "A spokesperson for {co} declined to comment beyond the announcement.",
            "Separately, {co} {fact}.",
            "Rivals including {co2} have made similar announcements this year.",
            "Hiring across the AI sector has stayed strong even as other parts of tech cut jobs.",
            "The changes take effect from next month.",
            "Industry watchers say competition for experienced researchers remains intense.",
            "Salaries for senior machine-learning roles in {city} have risen by about {pct} percent in a year, recruiters say.",
            "Earlier this month {boss} told employees the company would keep investing throughout the year.",
            "Details were first published on the company's blog.",
            "Developers said they would wait for independent benchmarks before switching.",
            "The company said more details would follow in the autumn.");

    private static final List<String> COMPANY_SOCIAL = List.of(
            "Tried the new {product} update from {co} this morning. Faster, still confidently wrong about train times.",
            "{co} is hiring {role}s in {city} again. If you're looking, the listing went up today.",
            "Hot take: {co} and {co2} are converging on the same product and nobody wants to say it out loud.",
            "Anyone else getting rate-limited by {co} today? My evals have been stuck for an hour.",
            "Just watched {boss}'s talk. Lots of vision, not many dates.",
            "Reminder that {co} {fact}. The pace this year is something else.",
            "Interviewed at {co} last week. Five rounds, one take-home, very kind people. Fingers crossed.",
            "Moving my side project from {co2} to {co}'s API for a week to compare costs. Will report back.",
            "Whoever writes {co}'s API docs deserves a raise. Clearest docs in the industry right now.",
            "Our meetup in {city} next {weekday} has a speaker from {co}. Free pizza, limited seats.",
            "Every week there's a benchmark where {co} beats {co2}, and the next week it's the other way round.",
            "A friend just accepted an offer from {co} as a {role}. So proud of her!",
            "Is it just me or has {product} become a lot more cautious lately?",
            "Reading {co}'s new paper on {field}. The appendix is better than the abstract.",
            "The {co} outage today reminded me to add a fallback provider. Lesson learned.",
            "A recruiter told me pay bands for {role}s at {co} and {co2} are getting silly.",
            "Thread: what I learned shipping an agent on {product} for three months 🧵",
            "Good to see {co} publishing Arabic evals. More of this please.",
            "The {co} office in {city} has the best coffee I've had at a tech company, for the record.",
            "Not convinced the {co} vs {co2} rivalry helps anyone except landlords near their offices.",
            "{boss} is trending again. Must be a day ending in y.",
            "Switched our support bot to {product}. Tickets closed faster, tone slightly too cheerful.",
            "Applied for the {co} residency program. Wish me luck 🤞",
            "Does anyone know if {co} sponsors visas for {role}s in {city}?");

    // ---- Background: hiring news that names none of the tracked companies --------------------

    private static final List<TextPool.Headline> HIRING_NEWS = List.of(
            h("{firm} to hire {n} engineers in {city}",
                    "{firm} plans to add {n} engineering roles in {city} by the end of the year as it expands its data platform."),
            h("Regional banks step up hiring of data scientists",
                    "Banks in {city} are competing for data scientists, and several have launched graduate programmes this summer."),
            h("{firm} appoints chief technology officer",
                    "{firm} has named a new chief technology officer, promoting its head of platform engineering after a six-month search."),
            h("{firm} raises seed round, plans to double its team",
                    "{firm}, based in {city}, has raised a seed round and intends to grow its team of {n} people to twice that size within a year."),
            h("{city} university launches applied AI master's",
                    "A new master's programme in applied AI in {city} will admit its first {n} students in September."),
            h("Job fair draws thousands of graduates in {city}",
                    "A technology job fair in {city} drew thousands of recent graduates, organisers said, with {n} employers taking stands."),
            h("{firm} opens apprenticeship for cloud engineers",
                    "{firm} is offering paid apprenticeships for school leavers who want to become cloud engineers, starting in {city}."),
            h("Flexible work becomes standard question in tech interviews",
                    "Employers in {city} say candidates for engineering roles now ask about remote and hybrid work in the first interview."),
            h("{firm} hires {n} in first wave of expansion",
                    "{firm} said it had hired {n} people in the first wave of a planned expansion, most of them software and data engineers."));

    private static final List<String> HIRING_FOLLOW = List.of(
            "Applications close at the end of July.",
            "Local candidates will be given priority.",
            "Recruiters say demand for cloud and data skills remains strong across the region.",
            "Salaries were not disclosed.",
            "About a third of the new roles will be open to graduates.",
            "Training will be delivered in both Arabic and English.");

    private static final List<String> HIRING_SOCIAL = List.of(
            "We're hiring a {role} at {firm} in {city}. DM me if interested, no agencies please.",
            "Got the offer! Starting as a {role} in {city} next month.",
            "Tip for your first {role} interview: ask about on-call before you ask about perks.",
            "Six months of job hunting, done. Thank you to everyone who sent me leads 🙏",
            "Is it normal for a take-home test to eat an entire weekend? Asking for a tired friend.",
            "A recruiter called me a 'rockstar ninja' today. I am neither.",
            "{firm} has open roles for {role}s, hybrid in {city}. Link in my profile.",
            "Hiring managers: reply to candidates, even if the answer is no.",
            "First week as a {role} done. Nobody told me how many acronyms there would be.",
            "Our team at {firm} is growing. Looking for a {role} who likes messy data.",
            "Portfolio tip for junior {role}s: one finished project beats five half-done ones.",
            "Fourth interview round this month done. Tired, hopeful, caffeinated.",
            "Anyone hiring a {role} in {city}? Asking for a very talented friend (me).",
            "Internship applications at {firm} open next week. Students in {city}, keep an eye out.",
            "Negotiated my first salary today. Terrifying, but it worked.",
            "If your job ad asks for ten years of experience in a three-year-old tool, we need to talk.");

    private static final List<String> HIRING_TAILS = List.of("", "", "", " #hiring", " #jobs", " 🙏", " 🚀");

    // ---- Background: off-topic noise ---------------------------------------------------------

    private static final List<TextPool.Headline> NOISE_NEWS = List.of(
            h("Heat warning extended across {gulfcity}",
                    "Forecasters extended a heat warning for {gulfcity}, with daytime temperatures expected to reach {temp} degrees Celsius."),
            h("Metro line to close for weekend maintenance",
                    "Trains on the green line will not run this weekend while engineers replace signalling equipment."),
            h("Airports brace for record summer travel",
                    "Airports across the region expect record passenger numbers as school holidays begin."),
            h("Date harvest starts early after hot spring",
                    "Farmers say the date harvest has started two weeks early this year after an unusually hot spring."),
            h("New public library opens with late-night hours",
                    "A new public library in {city} will stay open until midnight during the summer months."),
            h("School exam results due next week",
                    "Results of the secondary school exams will be published next week, the education ministry said."),
            h("Coffee prices climb again",
                    "Cafe owners in {city} say rising bean prices will push up the cost of a cup by the end of summer."),
            h("Local club signs new goalkeeper",
                    "The club announced the signing of a goalkeeper on a three-year contract ahead of the new season."),
            h("Water cuts planned in parts of {city}",
                    "The water authority said supply to several districts of {city} will be interrupted on {weekday} night for pipe repairs."),
            h("Night market returns to the {city} waterfront",
                    "The summer night market is back on the {city} waterfront, with more than {n} stalls selling food and crafts."),
            h("Electricity demand hits a summer record",
                    "Power demand in {gulfcity} reached a new summer high as temperatures climbed to {temp} degrees."),
            h("Museum extends opening hours for the holidays",
                    "The national museum in {city} will stay open until 10pm on weekdays during the school holidays."),
            h("Dust storm delays flights at {gulfcity} airport",
                    "Several flights were delayed at {gulfcity} airport on {weekday} after a dust storm cut visibility."),
            h("Beach clean-up draws hundreds of volunteers",
                    "Hundreds of volunteers collected rubbish along the coast near {city} on {weekday} morning."),
            h("Summer camps sell out within days",
                    "Parents in {city} say summer camp places sold out within days this year, and organisers are adding sessions."));

    /** Endings that fit any local story. */
    private static final List<String> NOISE_FOLLOW = List.of(
            "This story has been updated with more details.",
            "Reporting by our local news desk.");

    private static final List<String> NOISE_SOCIAL = List.of(
            "It is {temp} degrees outside in {gulfcity} and my laptop fan has filed a formal complaint.",
            "Good morning from {city}. Coffee first, then the world.",
            "Why does every parking app need to know my birthday?",
            "My cat walked across the keyboard and somehow fixed the failing test.",
            "Watching the match with the family and everyone has opinions about the referee.",
            "The ring road at rush hour is a personality test.",
            "Ran 10k before sunrise. Never again, until tomorrow.",
            "Can anyone recommend a good dentist in {city}?",
            "Weekend plans: absolutely nothing. Can't wait.",
            "The library near my house has the best air conditioning in town. Office secured.",
            "Spent the evening fixing my mother's printer. It is always the printer.",
            "Tea or coffee for a late night of studying?",
            "Finally finished the book everyone recommended. The ending was rushed.",
            "Sunset over {city} tonight was unreal 🌅",
            "{temp}°C in {gulfcity} today. The steering wheel of my car is now a stovetop.",
            "Does anyone know a quiet café in {city} with decent wifi?",
            "Three meetings that could have been emails, all before lunch. New record.",
            "My basil did not survive the week. Rest in peace 🌿",
            "Learning to make proper Arabic coffee. Attempt number four was drinkable.",
            "Flight delayed two hours in {gulfcity}. Airport shawarma is keeping me going.",
            "Found my old phone from 2015 in a drawer. Its battery outlasts my new one.",
            "The neighbours' kids have discovered drums. Summer is going to be long.",
            "Reorganised my whole desk instead of doing my actual work. Productive procrastination.",
            "Our group chat has spent forty minutes deciding where to have dinner.",
            "Power cut in our building, so I'm typing this by phone torchlight.");

    private static final List<String> NOISE_TAILS = List.of(
            "", "", "", "", " 😅", " Send help.", " Anyway.", " 🙃", " #summer", " 😂", " (again)");

    // ---- Background: words that look like company names but are not -------------------------

    private static final List<TextPool.Headline> AMBIGUOUS_NEWS = List.of(
            h("Study of studies finds little edge for fasting diets",
                    "A meta-analysis of {n} clinical trials found only small differences in weight loss between intermittent fasting and ordinary calorie counting."),
            h("Orchard growers expect a bumper season",
                    "Growers say this year's apple harvest should be large, which could bring down the price of apple juice and apple pie fillings by autumn."),
            h("Statisticians warn against shortcuts in pooled studies",
                    "A group of statisticians says a meta-analysis is only as good as the trials it pools, and urged journals to publish the raw data."));

    private static final List<String> AMBIGUOUS_SOCIAL = List.of(
            "Grandma's apple pie recipe still beats anything from a bakery. Fight me.",
            "An apple a day keeps the doctor away, but apparently not the dentist.",
            "Can we have a meta discussion about why every thread here ends up as tabs versus spaces?",
            "The ranked meta changed again and my favourite character is useless now.",
            "New meta-analysis on screen time and sleep is out. The effect sizes are much smaller than the headlines.",
            "Bought green apples and a bottle of apple cider vinegar. Apparently that's my personality now.",
            "meta comment: this forum really needs a search box that works",
            "Baked two apple pies for the neighbours. One survived the walk over.");

    // ---- The burst: Meta luring OpenAI researchers (co = Meta, co2 = OpenAI) -----------------

    private static final List<TextPool.Headline> BURST_NEWS = List.of(
            h("Meta lures away OpenAI researchers with pay packages reported near $100 million",
                    "Meta has hired away at least {k} researchers from OpenAI in recent days, with compensation packages that people close to the talks said could reach $100 million over several years."),
            h("Zuckerberg personally courting OpenAI staff for superintelligence lab",
                    "Mark Zuckerberg has been contacting OpenAI researchers himself, inviting some to meet him privately, as Meta races to fill a new superintelligence group, according to people briefed on the approaches."),
            h("OpenAI gives staff a week off as Meta poaching intensifies",
                    "OpenAI is effectively shutting down for a week and giving most employees time off after months of long hours, just as Meta steps up its efforts to poach the company's researchers."),
            h("Talent war escalates as Meta hires three from OpenAI's Zurich office",
                    "Three researchers who set up OpenAI's Zurich office have defected to Meta, the latest departures in an increasingly bitter talent war between the two companies."),
            h("OpenAI leaders scramble to stem defections to Meta",
                    "Senior OpenAI leaders have told staff they are reviewing compensation and will respond to Meta's offers, according to an internal message described to this publication."),
            h("Signing bonuses in AI reach levels once reserved for star athletes",
                    "The signing bonuses Meta is dangling in front of OpenAI researchers have reset pay expectations across the industry, recruiters say."),
            h("Analysis: Meta's poaching spree is a bet that money can buy a frontier lab",
                    "Meta's campaign to hire away OpenAI's researchers is an expensive admission that its own models have fallen behind, critics argue."),
            h("OpenAI loses another researcher to Meta",
                    "Another OpenAI researcher has accepted an offer from Meta, taking the number of recent defections to {k}, according to two people familiar with the move."),
            h("Investors question Meta's nine-figure offers to OpenAI staff",
                    "Investors and researchers are asking whether Meta's enormous offers to OpenAI staff will build a lasting team or simply a very expensive one."),
            h("Why some OpenAI researchers are saying yes to Meta",
                    "For some OpenAI researchers, Meta's offer pairs a compensation package worth tens of millions of dollars with the promise of almost unlimited computing power."),
            h("Gulf AI labs watch the Meta-OpenAI talent war warily",
                    "AI labs in {gulfcity} fear the bidding war between Meta and OpenAI will push the pay of top researchers out of their reach."),
            h("Meta's hiring blitz leaves OpenAI teams stretched",
                    "Several OpenAI research teams are short of people after a week of departures to Meta, employees said."),
            h("Altman plays down Meta raid, says the best people are staying",
                    "OpenAI chief executive Sam Altman has tried to play down the wave of departures, telling staff that Meta has failed to lure away the company's strongest researchers."),
            h("Meta's superintelligence push: who has defected so far",
                    "Meta's new superintelligence effort has signed researchers from OpenAI and a handful of other labs, but OpenAI has been hit hardest by the poaching."));

    private static final List<String> BURST_FOLLOW = List.of(
            "Meta and OpenAI declined to comment.",
            "A Meta spokesperson declined to discuss individual hires.",
            "OpenAI did not respond to a request for comment.",
            "The departures come two weeks after Meta agreed to invest about $14 billion in Scale AI.",
            "Recruiters say the offers combine large signing bonuses with stock that vests over four years.",
            "Several of those who left worked on OpenAI's reasoning models.",
            "Some OpenAI employees described the mood inside the company as tense, and one compared the week to a break-in.",
            "The reported figures could not be independently confirmed, and Meta has disputed some of them.",
            "The fight over a few hundred elite researchers has become the most expensive talent war the industry has seen.",
            "OpenAI's leadership has promised to revisit researcher pay, according to people familiar with the discussions.",
            "Zuckerberg is said to be reviewing candidates for the lab himself.");

    private static final List<String> BURST_SOCIAL = List.of(
            "Meta poaching OpenAI researchers with $100M packages is the most 2025 sentence I've ever typed.",
            "So OpenAI gives everyone a week off and Meta spends that week hiring away their researchers. Brutal.",
            "This isn't a talent war, it's a cash war. Meta is outbidding OpenAI one researcher at a time.",
            "Imagine getting a personal message from Zuckerberg asking you to defect from OpenAI. Wild times.",
            "Another OpenAI researcher defects to Meta. That's {k} this week if you're counting.",
            "A signing bonus bigger than most startups' Series A. Meta is not playing around with OpenAI's people.",
            "Feel bad for the OpenAI folks who stayed. Their team just got gutted by Meta's recruiters.",
            "Meta can lure away OpenAI's researchers, but can it keep them once the first vesting cliff passes?",
            "Hiring away OpenAI's whole Zurich team in one go is a statement. Not a nice one, but a statement.",
            "Watching Meta poach from OpenAI is like watching a football club buy its rival's entire squad.",
            "The compensation numbers coming out of Meta are obscene, and they're aimed squarely at OpenAI.",
            "Terrible timing: OpenAI shutting down for a week right as Meta raids its research staff.",
            "If your retention plan is 'hope Zuckerberg doesn't call', you don't have a retention plan. Sorry OpenAI.",
            "Meta's talent grab from OpenAI is going to make every AI salary negotiation this year very weird.",
            "Every recruiter in my inbox now opens with 'as you've seen with Meta and OpenAI…' 🙄",
            "Poaching OpenAI researchers doesn't buy you OpenAI's culture, Meta. Good luck with that.",
            "The Meta vs OpenAI talent war is ugly, and the people who get hurt are the teams left behind.",
            "OpenAI researchers leaving for Meta: mercenary or just rational? Genuinely asking.",
            "Zuckerberg is running superintelligence lab recruiting like a fantasy draft, and OpenAI is the player pool.",
            "$100M to jump from OpenAI to Meta. I'd like to formally announce I'm available for much less.",
            "Meta keeps hiring away OpenAI's people. At some point this is a hostile takeover, one desk at a time.",
            "Reports say Meta offered some OpenAI staff nine-figure packages. That's not a salary, that's a national budget.",
            "OpenAI's week off is turning into a week of exit interviews, courtesy of Meta.",
            "Money vs mission, round one: Meta 1, OpenAI 0? Not sure the scoreboard lasts.",
            "Kind of grim that the biggest AI story today is Meta luring OpenAI researchers with giant cheques.",
            "Talent war update: Meta poaches again, OpenAI promises to 'recalibrate' pay. Nobody is having a good week.",
            "#TalentWar Meta just hired away more OpenAI researchers. The defections keep coming.",
            "Somewhere an OpenAI manager is rewriting a retention plan for the third time this week, and Meta's recruiters are already on the next call.",
            "Meta didn't build a research culture, so it's buying OpenAI's. That's the whole story.",
            "The grim part of the Meta/OpenAI talent war: it's about a few dozen people while everyone else gets a 3% raise.",
            "When the signing bonus has more zeros than your model has layers. Meta vs OpenAI is out of control.",
            "The OpenAI alumni group chat must be chaos today. Half of them seem to have Meta offers.",
            "Sad to see another OpenAI team lead post a goodbye. Meta really is poaching one lab at a time.",
            "Meta's superintelligence lab is being staffed the way you buy a football team: outbid OpenAI until they give up.",
            "Defections from OpenAI to Meta keep piling up and nobody at either company wants to talk about it.",
            "Talent war take: OpenAI will survive losing researchers to Meta. What hurts is everyone wondering who's next.",
            "Finding out from the news that your OpenAI colleague defected to Meta must be rough.");

    private static final List<String> BURST_SOCIAL_META_ONLY = List.of(
            "Zuckerberg cold-messaging researchers himself says a lot about how far behind Meta thinks it is.",
            "Meta throwing nine-figure compensation packages around to staff a lab. Is that a strategy or panic?",
            "Meta's recruiters have apparently been told money is no object. The poaching will not stop soon.",
            "Meta just made some of the biggest pay offers in tech history. Good for the few, bad for everyone else.");

    private static final List<String> BURST_SOCIAL_OPENAI_ONLY = List.of(
            "OpenAI says the team is fine. The team is on its fourth farewell post this week.",
            "OpenAI telling everyone to take a week off in the middle of a talent war is a bold choice.");
}
