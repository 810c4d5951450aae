package org.letsconnect.registry.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.letsconnect.registry.skill.SkillTaxonomy;
import org.letsconnect.testkit.DevIssuer;
import org.letsconnect.testkit.InjectInfrastructure;
import org.letsconnect.testkit.WithTestInfrastructure;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Directory search with 100,000 profiles: seeds them with SQL, then runs a mix of searches through the real HTTP
 * API and reports latency percentiles and throughput per kind of query, and the query plans. Not a timed test:
 * it only fails if the service answers wrongly. Excluded from the normal build (tag {@code benchmark}); run it
 * as {@code registry-service/README.md} says. Report: stdout and {@code target/benchmark/directory-search.txt}.
 */
@QuarkusTest
@WithTestInfrastructure
@Tag("benchmark")
class DirectorySearchBenchmark {

    static final int PROFILES = Integer.getInteger("benchmark.profiles", 100_000);
    static final int WARM_UP = Integer.getInteger("benchmark.warm-up", 30);
    static final int SEQUENTIAL = Integer.getInteger("benchmark.requests", 200);
    static final int CLIENTS = Integer.getInteger("benchmark.clients", 4);
    static final int PER_CLIENT = Integer.getInteger("benchmark.requests-per-client", 50);

    /**
     * Realistic profiles: regions weighted as the programme's members are (63 % Sub-Saharan Africa), countries,
     * zones and languages of each region (a local language, often a second one such as en, fr, ar, es, ru),
     * names and bios in the region's scripts (Latin with accents, Arabic, Persian, Devanagari, Bengali, Ge'ez,
     * Cyrillic, Armenian, Georgian, CJK, Hangul), 1–3 skills to learn and 0–2 to share drawn from the taxonomy
     * (earlier codes more often: a few popular skills, a long tail), 70 % public, 55 % open to connections.
     * {@code $1} the taxonomy's codes, {@code $2} how many profiles.
     */
    static final String SEED = """
            insert into participant (id, subject, username, display_name, pronouns, region, country, time_zone, languages,
                    language_codes, affiliations, movement_role, joined_year, projects, bio, skills_to_learn, skills_to_share,
                    available_for_connections, max_connections, visibility, email, notification_language, registered_at,
                    updated_at)
            with region(name, lo, hi, countries, zones, languages, second_languages, first_names, last_names, bios) as (values
                ('sub-saharan-africa', 0.00, 0.63,
                 array['NG','GH','KE','UG','TZ','ZA','CM','CI','SN','ET','RW','ZW','BJ','CD','ML'],
                 array['Africa/Lagos','Africa/Accra','Africa/Nairobi','Africa/Kampala','Africa/Johannesburg','Africa/Douala'],
                 array['ha','yo','ig','sw','tw','zu','xh','am','wo','lg','rw','sn','ln','ff','en','fr'],
                 array['en','fr','pt','ar'],
                 array['Amina','Chinedu','Kwame','Fatou','Tendai','Wanjiku','Oluwaseun','Abebe','Ngozi','Kofi','Aïcha','Moussa',
                       'Zainab','Thabo','Nomvula','Emeka','Adaeze','Yaw','Akosua','Mamadou','Halima','Sipho','አበበ','ሰላም'],
                 array['Yusuf','Okafor','Mensah','Diallo','Moyo','Kamau','Adeyemi','Bekele','Nwosu','Boateng','Traoré','Ndlovu',
                       'Ouédraogo','Mutasa','Achieng','Balogun','Ibrahim','Koné','ታደሰ'],
                 array['I run editathons in my city and want to learn grant writing.',
                       'Ina son in koyi yadda ake rubuta neman tallafi.',
                       'Ninapenda kuhariri Wikipedia ya Kiswahili na kufundisha wengine.',
                       'Je coordonne un groupe d''utilisateurs et j''organise des ateliers Wikidata.',
                       'Mo nífẹ̀ẹ́ sí kíkọ àwọn àpilẹ̀kọ ní Wikipedia Yorùbá.',
                       'Community organiser, Wikimedia Commons photographer, Wiki Loves Africa.',
                       'ዊኪፔዲያን በአማርኛ አርትዕ አደርጋለሁ።']),
                ('middle-east-north-africa', 0.63, 0.70,
                 array['EG','MA','DZ','TN','JO','LB','IQ','SA','PS','IR'],
                 array['Africa/Cairo','Africa/Casablanca','Africa/Algiers','Asia/Amman','Asia/Beirut','Asia/Tehran'],
                 array['ar','arz','ary','fa','kab','he'],
                 array['en','fr'],
                 array['محمد','فاطمة','أحمد','ليلى','يوسف','مريم','عمر','نور','خالد','سارة','علي','رضا','زهرا','Youssef','Salma'],
                 array['الحسن','بن علي','منصور','العمري','حداد','سعيد','ناصر','رحیمی','El Amrani','Haddad'],
                 array['أحب تنظيم ورش العمل وتحرير ويكيبيديا العربية.',
                       'أعمل على مشروع ويكي بيانات وأرغب في تعلم إدارة المتطوعين.',
                       'I translate articles into Arabic and run the Wikipedia Education Program.',
                       'من در ویکی‌پدیای فارسی ویرایش می‌کنم.']),
                ('south-asia', 0.70, 0.78,
                 array['IN','BD','PK','NP','LK'],
                 array['Asia/Kolkata','Asia/Dhaka','Asia/Karachi','Asia/Kathmandu','Asia/Colombo'],
                 array['hi','bn','ur','ne','ta','te','ml','mr','pa','si'],
                 array['en'],
                 array['राहुल','प्रिया','अमित','सुनीता','Rahul','Priya','Ananya','রহিম','সুমাইয়া','Arjun','Kavya','عائشہ'],
                 array['शर्मा','वर्मा','Gupta','Iyer','Chowdhury','রহমান','Khan','Patel','Nair','सिंह'],
                 array['मैं हिंदी विकिपीडिया पर लेख लिखता हूँ और विकिडेटा सीखना चाहता हूँ।',
                       'I organise Wikisource proofreading drives in Indian languages.',
                       'আমি বাংলা উইকিপিডিয়ায় সম্পাদনা করি।',
                       'Oral knowledge and oral citations project coordinator.']),
                ('east-southeast-asia-pacific', 0.78, 0.84,
                 array['ID','PH','JP','KR','TW','MY','VN','TH','AU','CN'],
                 array['Asia/Jakarta','Asia/Manila','Asia/Tokyo','Asia/Seoul','Asia/Taipei','Australia/Sydney'],
                 array['id','tl','ja','ko','zh','zh-hant','vi','th','ms'],
                 array['en'],
                 array['王小明','李娜','山田','김민준','Siti','Maria','陈','Nguyễn','Somchai','佐藤','이서연'],
                 array['太郎','Rahmawati','Santos','花子','Trần','Wong','박','Lim'],
                 array['我在中文维基百科编辑条目。','日本語版ウィキペディアの編集者です。','한국어 위키백과 편집자입니다.',
                       'Saya mengadakan pelatihan Wikipedia bahasa Indonesia.','Wikimedia Commons photographer and trainer.']),
                ('central-eastern-europe-central-asia', 0.84, 0.89,
                 array['UA','PL','RS','AM','GE','KZ','CZ','RO','BG','UZ'],
                 array['Europe/Kyiv','Europe/Warsaw','Europe/Belgrade','Asia/Yerevan','Asia/Tbilisi','Asia/Almaty'],
                 array['uk','ru','pl','sr','hy','ka','kk','cs','ro','bg'],
                 array['en','ru'],
                 array['Дмитрий','Ольга','Олена','Іван','Agnieszka','Marek','Јована','Արամ','ნინო','Айгерим'],
                 array['Шевченко','Иванова','Kowalski','Петровић','Սարգսյան','ბერიძე','Novák','Popescu'],
                 array['Редактирую Википедию и провожу вики-марафоны.','Організовую вікімарафони та навчаю новачків.',
                       'Uczę, jak korzystać z Wikidanych.','I coordinate CEE Spring article contests.']),
                ('northern-western-europe', 0.89, 0.93,
                 array['DE','FR','GB','NL','SE','NO','DK','ES','IT','PT','IE','BE'],
                 array['Europe/Berlin','Europe/Paris','Europe/London','Europe/Amsterdam','Europe/Stockholm','Europe/Madrid'],
                 array['de','fr','en','nl','sv','nb','da','es','it','pt','ga'],
                 array['en'],
                 array['José','Zoë','Søren','François','Björn','Inés','Chloé','Jürgen','Siobhán','Ana'],
                 array['García','Müller','Dupont','Jensen','Rossi','Ó Briain','Lefèvre','Nuñez'],
                 array['Je contribue à Wikipédia et à Wikimedia Commons.','Ich organisiere Schreibwettbewerbe.',
                       'Learning and evaluation specialist for an affiliate.','Edito Wikipedia en español desde 2010.']),
                ('latin-america-caribbean', 0.93, 0.98,
                 array['BR','MX','AR','CO','PE','CL','VE','BO','HT','UY'],
                 array['America/Sao_Paulo','America/Mexico_City','America/Argentina/Buenos_Aires','America/Bogota','America/Lima'],
                 array['pt-br','es','pt','qu','gn','ht','ay'],
                 array['en','es'],
                 array['José','María','João','Luís','Camila','Sofía','Joaquín','Ximena','Thaís','Raúl'],
                 array['Silva','Pérez','González','Rodríguez','Souza','Hernández','Mamani','Gómez'],
                 array['Organizo editatonas sobre mujeres en la ciencia.','Coordeno o programa de educação da Wikimedia Brasil.',
                       'Trabajo con comunidades indígenas y conocimiento oral.','Quero aprender a escrever propostas de financiamento.']),
                ('united-states-canada', 0.98, 1.0001,
                 array['US','CA'],
                 array['America/New_York','America/Chicago','America/Los_Angeles','America/Toronto','America/Vancouver'],
                 array['en','fr','es'],
                 array['fr','es'],
                 array['Emily','Michael','Jessica','David','Aiyana','Chloé','Daniel','Sarah'],
                 array['Smith','Johnson','Tremblay','Williams','Nguyen','Brown','Roy'],
                 array['Wikidata and SPARQL enthusiast.','I run Art+Feminism editathons at my library.',
                       'Board member of a chapter, interested in strategy and governance.'])
            ), person as (
                select g, random() as pick_region, 1 + floor(random() * 3)::int as learn_count,
                       floor(random() * 3)::int as share_count
                from generate_series(1, $2::int) g
            )
            select gen_random_uuid(), 'benchmark-' || p.g, names.first_name || p.g, names.first_name || ' ' || names.last_name,
                   case when random() < 0.3 then (array['she/her','he/him','they/them'])[1 + floor(random() * 3)::int] end,
                   r.name, r.countries[1 + floor(random() * cardinality(r.countries))::int],
                   r.zones[1 + floor(random() * cardinality(r.zones))::int],
                   lang.languages, lang.codes, '{}',
                   (array['paid-affiliate-staff','volunteer-affiliate-staff','volunteer-organizer','executive-director',
                          'board-member','individual-editor','individual-editor','individual-editor'])[1 + floor(random() * 8)::int],
                   2004 + floor(random() * 22)::int, '{}',
                   r.bios[1 + floor(random() * cardinality(r.bios))::int],
                   skills.learn, skills.share, available, case when available then 1 + floor(random() * 3)::int else 0 end,
                   case when random() < 0.7 then 'public' else 'members' end,
                   'person' || p.g || '@example.org', lang.codes[1],
                   now() - random() * interval '3 years', now() - random() * interval '1 year'
            from person p
            join region r on p.pick_region >= r.lo and p.pick_region < r.hi
            cross join lateral (
                select r.first_names[1 + floor(random() * cardinality(r.first_names))::int] as first_name,
                       r.last_names[1 + floor(random() * cardinality(r.last_names))::int] as last_name,
                       random() < 0.55 as available
                where p.g is not null) names
            cross join lateral (
                select array_agg(code order by position) as codes,
                       jsonb_agg(jsonb_build_object('code', code, 'level',
                                 (array['native','advanced','intermediate','basic'])[1 + floor(random() * 4)::int]) order by position) as languages
                from (select distinct on (code) code, position
                      from (select r.languages[1 + floor(random() * cardinality(r.languages))::int] as code, 1 as position
                            where p.g is not null
                            union all
                            select r.second_languages[1 + floor(random() * cardinality(r.second_languages))::int], 2
                            where random() < 0.65 and p.g is not null) chosen
                      order by code, position) distinct_codes) lang
            cross join lateral (
                select array(select distinct ($1::text[])[1 + floor(power(random(), 1.6) * cardinality($1::text[]))::int]
                             from generate_series(1, p.learn_count)) as learn,
                       array(select distinct ($1::text[])[1 + floor(power(random(), 1.6) * cardinality($1::text[]))::int]
                             from generate_series(1, p.share_count)) as share) skills
            """;

    /** The kinds of search in the mix, each a generator of query strings. */
    private final Map<String, Function<Random, String>> kinds = new LinkedHashMap<>();

    @Inject
    Pool pool;

    @Inject
    SkillTaxonomy taxonomy;

    @Inject
    DirectoryQueryParser parser;

    @TestHTTPResource("/api/v1/participants")
    URL directory;

    @InjectInfrastructure
    DevIssuer issuer;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final StringBuilder report = new StringBuilder();

    @Test
    void searchesAHundredThousandProfiles() throws Exception {
        List<String> codes = taxonomy.all().stream().map(skill -> skill.code()).toList();
        long seedStart = System.nanoTime();
        pool.preparedQuery(SEED).execute(Tuple.of(codes.toArray(String[]::new), PROFILES))
                .await().atMost(Duration.ofMinutes(10));
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        // a steady state: statistics, visibility map and the GIN indexes' pending lists flushed
        pool.query("vacuum analyze participant").execute().await().atMost(Duration.ofMinutes(5));
        describeDataSet(seedSeconds);

        List<String> categories = taxonomy.roots();
        List<String> midLevel = codes.stream()
                .filter(code -> !categories.contains(code) && !taxonomy.children(code).isEmpty()).toList();
        List<String> leaves = taxonomy.leafCodes();
        List<String> languages = List.of("en", "fr", "sw", "ha", "yo", "ar", "hi", "pt-br", "es", "ru");
        List<String> texts = List.of("amina", "Jose", "José García", "محمد", "احمد", "राहुल", "Дмитрий", "王小明",
                "李", "wikidata", "editathon", "grant writing", "Commons photographer", "Ngozi Okafor", "Kwame");
        Function<Random, String> anySkill = random -> {
            int pick = random.nextInt(10);
            List<String> from = pick < 2 ? categories : pick < 5 ? midLevel : leaves;
            return from.get(random.nextInt(from.size()));
        };
        kinds.put("no filter (first page)", random -> "");
        kinds.put("skill", random -> "skill=" + anySkill.apply(random));
        kinds.put("skill + language", random -> "skill=" + anySkill.apply(random) + "&language="
                + languages.get(random.nextInt(languages.size())));
        kinds.put("region + skill + mode", random -> "region=" + pick(random, org.letsconnect.contracts.registry.Regions.ALL)
                + "&skill=" + anySkill.apply(random) + "&mode=" + (random.nextBoolean() ? "learn" : "share"));
        kinds.put("free text", random -> "q=" + encode(pick(random, texts)));
        kinds.put("free text + skill", random -> "q=" + encode(pick(random, texts)) + "&skill="
                + anySkill.apply(random));
        kinds.put("3 skills + 2 languages + available, page 3", random -> "skill=" + anySkill.apply(random)
                + "&skill=" + anySkill.apply(random) + "&skill=" + anySkill.apply(random) + "&language="
                + pick(random, languages) + "&language=" + pick(random, languages) + "&available=true&page=3");

        String participant = issuer.token("Benchmark Searcher");
        String partner = issuer.token("CapX", "partner");
        line("");
        line("Latency: %d warm-up then %d sequential requests per kind (one client, keep-alive), 1 in 5 as a partner.",
                WARM_UP, SEQUENTIAL);
        line("Throughput: %d concurrent clients x %d requests per kind.", CLIENTS, PER_CLIENT);
        line("");
        line("%-44s %8s %8s %8s %8s %10s %10s", "kind", "p50 ms", "p95 ms", "p99 ms", "max ms", "req/s", "avg total");
        Random random = new Random(42);
        for (Map.Entry<String, Function<Random, String>> kind : kinds.entrySet()) {
            for (int i = 0; i < WARM_UP; i++) {
                call(kind.getValue().apply(random), i % 5 == 0 ? partner : participant);
            }
            double[] millis = new double[SEQUENTIAL];
            long totalSum = 0;
            for (int i = 0; i < SEQUENTIAL; i++) {
                long start = System.nanoTime();
                String body = call(kind.getValue().apply(random), i % 5 == 0 ? partner : participant);
                millis[i] = (System.nanoTime() - start) / 1e6;
                totalSum += total(body);
            }
            Arrays.sort(millis);
            double throughput = throughput(kind.getValue(), participant, partner);
            line("%-44s %8.1f %8.1f %8.1f %8.1f %10.1f %10d", kind.getKey(), percentile(millis, 50),
                    percentile(millis, 95), percentile(millis, 99), millis[millis.length - 1], throughput,
                    totalSum / SEQUENTIAL);
        }

        line("");
        line("Query plans (EXPLAIN (ANALYZE, BUFFERS)) of the statements the service runs, as a participant:");
        explain("skill (a category: Technology and its sub-skills), mode any", params("skill", "Q11016"));
        explain("skill (a leaf) + language", params("skill", "Q54871", "language", "sw"));
        explain("region + skill + mode share", params("region", "middle-east-north-africa", "skill", "Q1656682",
                "mode", "share"));
        explain("free text (Arabic)", params("q", "محمد"));
        explain("free text (accents) + skill", params("q", "Jose", "skill", "Q30673599"));
        explain("no filter (first page)", params());

        line("");
        line("Load average at the end (other processes share these cores): %s", loadAverage());
        Path file = Path.of("target", "benchmark", "directory-search.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report.toString());
        System.out.println("Benchmark report written to " + file.toAbsolutePath());
    }

    private void describeDataSet(double seedSeconds) {
        Row size = pool.query("""
                select count(*) as profiles, pg_size_pretty(pg_relation_size('participant')) as heap,
                       pg_size_pretty(pg_indexes_size('participant')) as indexes, version() as version,
                       current_setting('lc_ctype') as ctype, current_setting('jit') as jit
                from participant""").execute().await().indefinitely().iterator().next();
        line("Directory search benchmark — %s", java.time.OffsetDateTime.now());
        line("PostgreSQL: %s; LC_CTYPE %s; jit %s; %d cores for the JVM", size.getString("version"),
                size.getString("ctype"), size.getString("jit"), Runtime.getRuntime().availableProcessors());
        line("Load average at the start: %s", loadAverage());
        line("Seeded %d profiles in %.1f s; table %s, indexes %s", size.getLong("profiles"), seedSeconds,
                size.getString("heap"), size.getString("indexes"));
        StringBuilder regions = new StringBuilder();
        pool.query("select region, count(*) as n from participant group by region order by n desc").execute()
                .await().indefinitely()
                .forEach(row -> regions.append(String.format(Locale.ROOT, "%s %.1f%%, ", row.getString("region"),
                        100.0 * row.getLong("n") / PROFILES)));
        line("Regions: %s", regions.substring(0, regions.length() - 2));
        Row mix = pool.query("""
                select avg(cardinality(skills_to_learn) + cardinality(skills_to_share)) as skills,
                       avg(cardinality(language_codes)) as languages,
                       avg((visibility = 'public')::int) as public,
                       count(*) filter (where display_name ~ '[^\\x01-\\x7F]') as non_ascii_names
                from participant""").execute().await().indefinitely().iterator().next();
        line("Per profile: %.2f skills, %.2f languages; %.0f%% public; %d names with non-ASCII letters",
                mix.getNumeric("skills").doubleValue(), mix.getNumeric("languages").doubleValue(),
                100 * mix.getNumeric("public").doubleValue(), mix.getLong("non_ascii_names"));
    }

    private double throughput(Function<Random, String> kind, String participant, String partner) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> running = new ArrayList<>();
            long start = System.nanoTime();
            for (int c = 0; c < CLIENTS; c++) {
                Random random = new Random(1000 + c);
                running.add(clients.submit(() -> {
                    for (int i = 0; i < PER_CLIENT; i++) {
                        call(kind.apply(random), i % 5 == 0 ? partner : participant);
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
            return CLIENTS * PER_CLIENT / ((System.nanoTime() - start) / 1e9);
        } finally {
            clients.shutdown();
        }
    }

    private String call(String query, String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(directory + "?" + query))
                .header("Authorization", "Bearer " + token)
                .header("Accept-Language", "fr")
                .timeout(Duration.ofSeconds(60))
                .GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), query + ": " + response.body());
        assertTrue(!response.body().contains("@example.org"), "no email in results");
        return response.body();
    }

    private static long total(String body) {
        int at = body.lastIndexOf("\"total\":");
        int end = at + 8;
        while (end < body.length() && Character.isDigit(body.charAt(end))) {
            end++;
        }
        return Long.parseLong(body.substring(at + 8, end));
    }

    private void explain(String title, DirectoryQueryParser.Parameters parameters) {
        DirectoryQuery query = parser.parse(parameters, false);
        line("");
        line("=== %s", title);
        for (DirectorySql.Statement statement : List.of(DirectorySql.items(query), DirectorySql.facets(query))) {
            line("--- %s", statement.sql().startsWith("with page") ? "page" : "total and facets");
            pool.preparedQuery("explain (analyze, buffers) " + statement.sql()).execute(statement.tuple())
                    .await().atMost(Duration.ofMinutes(1))
                    .forEach(row -> line("%s", row.getString(0)));
        }
    }

    /** 1, 5 and 15 minute load averages (Linux), to judge figures taken on a shared machine. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static DirectoryQueryParser.Parameters params(String... pairs) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.computeIfAbsent(pairs[i], key -> new ArrayList<>()).add(pairs[i + 1]);
        }
        return new DirectoryQueryParser.Parameters(values.get("skill"), first(values, "mode"), values.get("language"),
                values.get("region"), values.get("country"), values.get("role"), first(values, "available"),
                first(values, "q"), first(values, "page"), first(values, "size"));
    }

    private static String first(Map<String, List<String>> values, String key) {
        return values.containsKey(key) ? values.get(key).get(0) : null;
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static double percentile(double[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        System.out.println(text);
        report.append(text).append('\n');
    }
}
