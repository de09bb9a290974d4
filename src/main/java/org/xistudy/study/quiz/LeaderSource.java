package org.xistudy.study.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.xistudy.content.PackIndex;
import org.xistudy.content.model.Cited;
import org.xistudy.content.model.Event;
import org.xistudy.content.model.Institution;
import org.xistudy.content.model.Person;
import org.xistudy.content.model.Relation;
import org.xistudy.content.model.RelationType;
import org.xistudy.study.answer.AnswerCheck;

/**
 * Questions about who chaired or headed the pack's bodies: who led a body in a year, and matching
 * bodies to their leaders in a year or people to their posts. A "who led" question is only asked
 * for a year in which the body had exactly one recorded chair or head, and only for years
 * strictly inside the term, so a change of office within the year never makes two answers right.
 * Wrong answers are people of the same kind, active near the year.
 */
final class LeaderSource implements QuestionSource {
    /** How many matching questions of each kind to draft per seed. */
    static final int MATCH_DRAFTS = 5;

    /** Wrong answers about people come from within this many years of the question's year. */
    static final int NEAR_YEARS = 15;

    private static final Set<RelationType> LEADS = Set.of(RelationType.CHAIRS, RelationType.HEADS);

    private final QuestionKit kit;
    private final PackIndex index;
    private final int lastYear;

    LeaderSource(QuestionKit kit) {
        this.kit = kit;
        this.index = kit.index();
        this.lastYear = kit.lastYear();
    }

    @Override
    public void draft(Random rng, Consumer<Question> out) {
        for (Relation r : index.pack().relations()) {
            whoHeld(r, rng).ifPresent(out);
        }
        for (int i = 0; i < MATCH_DRAFTS; i++) {
            matchLeaders(rng).ifPresent(out);
        }
        for (int i = 0; i < MATCH_DRAFTS; i++) {
            matchRoles(rng).ifPresent(out);
        }
    }

        /** The people with a chairs or heads relation to {@code body} that holds at some time in {@code year}. */
    List<Relation> leadersIn(String body, int year) {
        return index.pack().relations().stream()
                .filter(r -> LEADS.contains(r.type()) && r.to().equals(body) && r.holdsIn(year)).toList();
    }

    /**
     * The years for which "who led {@code r.to} in year Y" has exactly one answer, {@code r.from}:
     * years strictly inside the term and the body's life, in which no other leader is recorded.
     */
    List<Integer> safeYears(Relation r) {
        if (!LEADS.contains(r.type()) || r.start() == null) {
            return List.of();
        }
        Optional<Institution> body = index.institution(r.to());
        if (body.isEmpty() || index.person(r.from()).isEmpty()) {
            return List.of();
        }
        Institution b = body.get();
        int from = Math.max(r.start().year(), b.established().year()) + 1;
        int to = Math.min(r.end() == null ? lastYear : r.end().year() - 1,
                b.dissolved() == null ? lastYear : b.dissolved().year() - 1);
        List<Integer> years = new ArrayList<>();
        for (int y = from; y <= to; y++) {
            List<Relation> leaders = leadersIn(b.id(), y);
            if (leaders.size() == 1 && leaders.get(0).equals(r)) {
                years.add(y);
            }
        }
        return years;
    }

    Optional<Question> whoHeld(Relation r, Random rng) {
        List<Integer> years = safeYears(r);
        if (years.isEmpty()) {
            return Optional.empty();
        }
        int year = years.get(rng.nextInt(years.size()));
        Institution body = index.institution(r.to()).orElseThrow();
        Person holder = index.person(r.from()).orElseThrow();
        Set<String> ruledOut = new HashSet<>();
        leadersIn(body.id(), year).forEach(l -> ruledOut.add(l.from()));
        List<Person> distractors = nearPeople(body.id(), year, ruledOut, rng);
        List<Person> options = new ArrayList<>();
        Set<String> names = new HashSet<>();
        names.add(AnswerCheck.normalize(holder.name()));
        for (Person p : distractors) {
            if (options.size() < 3 && names.add(AnswerCheck.normalize(p.name()))) {
                options.add(p);
            }
        }
        if (options.size() < 2) {
            return Optional.empty();
        }
        options.add(holder);
        Collections.shuffle(options, rng);
        Question.Choice choice = new Question.Choice(options.stream().map(p -> Phrase.name(p.id(), p.name())).toList(),
                options.indexOf(holder), options.stream().map(Person::id).toList());
        String key = r.type() == RelationType.CHAIRS ? "quiz.prompt.whoChaired" : "quiz.prompt.whoHeaded";
        List<Phrase> explanation = new ArrayList<>();
        explanation.add(termFact(r, holder, body));
        if (!QuestionKit.blank(r.label())) {
            explanation.add(Phrase.of("quiz.fact.post", r.label()));
        }
        List<Cited> evidence = List.of(r, body, holder);
        return Optional.of(kit.question("held:" + r.id() + ":" + year, QuestionFormat.WHO_HELD,
                Phrase.of(key, name(body), Integer.toString(year)), choice, explanation, evidence, List.of(body.id(), holder.id()), true));
    }

    private Phrase termFact(Relation r, Person holder, Institution body) {
        String verb = r.type() == RelationType.CHAIRS ? "chair" : "head";
        String k = "quiz.fact." + verb;
        if (r.start() == null) {
            return r.end() == null ? Phrase.of(k, name(holder), name(body))
                    : Phrase.of(k + "Until", name(holder), name(body), r.end());
        }
        return r.end() == null ? Phrase.of(k + "Since", name(holder), name(body), r.start())
                : Phrase.of(k + "FromTo", name(holder), name(body), r.start(), r.end());
    }

    private static Phrase name(Person p) {
        return Phrase.name(p.id(), p.name());
    }

    private static Phrase name(Institution b) {
        return Phrase.name(b.id(), b.name());
    }

    private Phrase name(String id) {
        return Phrase.name(id, index.label(id));
    }

    /**
     * Plausible wrong answers to "who led {@code body} in {@code year}": people of the same kind
     * as the answer, that is people who led a body of the pack or took part in an event of one of
     * its bodies, and who were active within {@link #NEAR_YEARS} of the year; those who led this
     * body come first, then the nearest in time. Never someone the data ties to no body (a foreign
     * leader met once), never someone active only decades away.
     */
    List<Person> nearPeople(String body, int year, Set<String> ruledOut, Random rng) {
        Map<String, Double> score = new LinkedHashMap<>();
        for (Relation l : index.pack().relations()) {
            if (!LEADS.contains(l.type()) || ruledOut.contains(l.from()) || index.person(l.from()).isEmpty()
                    || index.institution(l.to()).isEmpty()) {
                continue;
            }
            int start = l.start() == null ? year : l.start().year();
            int end = l.end() == null ? lastYear : l.end().year();
            double gap = year < start ? start - year : year > end ? year - end : 0;
            if (gap <= NEAR_YEARS) {
                score.merge(l.from(), gap + (l.to().equals(body) ? 0 : 3), Math::min);
            }
        }
        for (Event e : index.eventsInTime()) {
            if (e.institutions().stream().noneMatch(i -> index.institution(i).isPresent())) {
                continue; // an event of no body says nothing about office
            }
            int gap = Math.abs(e.date().year() - year);
            for (String p : e.people()) {
                if (!ruledOut.contains(p) && index.person(p).isPresent() && gap <= NEAR_YEARS) {
                    score.merge(p, 6.0 + gap, Math::min);
                }
            }
        }
        List<String> ids = new ArrayList<>(score.keySet());
        Map<String, Double> jittered = new HashMap<>();
        for (String id : ids) {
            jittered.put(id, score.get(id) + rng.nextDouble() * 3);
        }
        ids.sort(Comparator.comparingDouble(jittered::get));
        return ids.stream().map(id -> index.person(id).orElseThrow()).toList();
    }

    Optional<Question> matchLeaders(Random rng) {
        // year -> the relations that are the one safe answer for their body in that year
        TreeMap<Integer, List<Relation>> byYear = new TreeMap<>();
        for (Relation r : index.pack().relations()) {
            for (int y : safeYears(r)) {
                byYear.computeIfAbsent(y, k -> new ArrayList<>()).add(r);
            }
        }
        List<Integer> years = new ArrayList<>();
        byYear.forEach((y, rs) -> {
            if (rs.stream().map(Relation::from).distinct().count() >= 3) {
                years.add(y);
            }
        });
        if (years.isEmpty()) {
            return Optional.empty();
        }
        int year = years.get(rng.nextInt(years.size()));
        List<Relation> rs = new ArrayList<>(byYear.get(year));
        Collections.shuffle(rs, rng);
        int size = 3 + rng.nextInt(2);
        List<Relation> picked = new ArrayList<>();
        Set<String> people = new HashSet<>();
        Set<String> bodies = new HashSet<>();
        for (Relation r : rs) {
            if (picked.size() < size && !people.contains(r.from()) && !bodies.contains(r.to())
                    && uniqueName(picked, r)) {
                picked.add(r);
                people.add(r.from());
                bodies.add(r.to());
            }
        }
        if (picked.size() < 3) {
            return Optional.empty();
        }
        picked.sort(Comparator.comparing(Relation::to));
        List<Phrase> lefts = picked.stream().map(r -> name(r.to())).toList();
        List<Phrase> rights = picked.stream().map(r -> name(r.from())).toList();
        Question.Match body = QuestionKit.shuffledMatch(lefts, rights, picked.stream().map(Relation::to).toList(),
                picked.stream().map(Relation::from).toList(), rng, false);
        List<Phrase> explanation = picked.stream()
                .map(r -> termFact(r, index.person(r.from()).orElseThrow(), index.institution(r.to()).orElseThrow()))
                .toList();
        List<Cited> evidence = new ArrayList<>(picked);
        List<String> items = new ArrayList<>();
        picked.forEach(r -> {
            items.add(r.to());
            items.add(r.from());
        });
        List<String> relIds = picked.stream().map(Relation::id).sorted().toList();
        return Optional.of(kit.question("match-leaders:" + year + ":" + String.join(",", relIds), QuestionFormat.MATCH,
                Phrase.of("quiz.prompt.matchLeaders", Integer.toString(year)), body, explanation, evidence, items, true));
    }

    private boolean uniqueName(List<Relation> picked, Relation r) {
        String body = AnswerCheck.normalize(index.label(r.to()));
        String person = AnswerCheck.normalize(index.label(r.from()));
        return picked.stream().noneMatch(p -> AnswerCheck.normalize(index.label(p.to())).equals(body)
                || AnswerCheck.normalize(index.label(p.from())).equals(person));
    }

    Optional<Question> matchRoles(Random rng) {
        List<Relation> roles = index.pack().relations().stream()
                .filter(r -> LEADS.contains(r.type()) && index.person(r.from()).isPresent()
                        && index.institution(r.to()).isPresent())
                .toList();
        if (roles.size() < 3) {
            return Optional.empty();
        }
        List<Relation> shuffled = new ArrayList<>(roles);
        Collections.shuffle(shuffled, rng);
        int size = 3 + rng.nextInt(2);
        List<Relation> picked = new ArrayList<>();
        for (Relation r : shuffled) {
            if (picked.size() == size) {
                break;
            }
            boolean fits = uniqueName(picked, r);
            for (Relation p : picked) {
                // one-to-one: nobody picked ever led another picked body
                if (p.from().equals(r.from()) || p.to().equals(r.to()) || led(p.from(), r.to()) || led(r.from(), p.to())) {
                    fits = false;
                }
            }
            if (fits) {
                picked.add(r);
            }
        }
        if (picked.size() < 3) {
            return Optional.empty();
        }
        picked.sort(Comparator.comparing(Relation::from));
        List<Phrase> lefts = picked.stream().map(r -> name(r.from())).toList();
        List<Phrase> rights = picked.stream().map(r -> Phrase.of(r.type() == RelationType.CHAIRS ? "quiz.role.chair"
                : "quiz.role.head", name(r.to()))).toList();
        Question.Match body = QuestionKit.shuffledMatch(lefts, rights, picked.stream().map(Relation::from).toList(),
                picked.stream().map(Relation::to).toList(), rng, false);
        List<Phrase> explanation = picked.stream()
                .map(r -> termFact(r, index.person(r.from()).orElseThrow(), index.institution(r.to()).orElseThrow()))
                .toList();
        List<String> items = new ArrayList<>();
        picked.forEach(r -> {
            items.add(r.from());
            items.add(r.to());
        });
        List<String> relIds = picked.stream().map(Relation::id).sorted().toList();
        return Optional.of(kit.question("match-roles:" + String.join(",", relIds), QuestionFormat.MATCH,
                Phrase.of("quiz.prompt.matchRoles"), body, explanation, new ArrayList<>(picked), items, true));
    }

    /** Whether {@code person} chaired or headed {@code body} at any time. */
    private boolean led(String person, String body) {
        return index.pack().relations().stream()
                .anyMatch(r -> LEADS.contains(r.type()) && r.from().equals(person) && r.to().equals(body));
    }
}
