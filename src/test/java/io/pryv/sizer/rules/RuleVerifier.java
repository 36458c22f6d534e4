package io.pryv.sizer.rules;

import io.pryv.sizer.model.PeakUsers;
import io.pryv.sizer.model.Profile;
import io.pryv.sizer.model.ZoneCores;
import io.pryv.sizer.model.ZoneYear;

import io.pryv.sizer.model.Constant;
import io.pryv.sizer.model.Decision;
import io.pryv.sizer.model.RoleSpec;
import io.pryv.sizer.model.SupportedOs;
import io.pryv.sizer.model.Questionnaire;
import org.kie.api.runtime.KieSession;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Fires one named rule (plus the constants and role minima it reads) on the facts a test gives,
 * and returns what that rule inserted. Nothing else fires, so each rule is tested alone.
 */
final class RuleVerifier {
    private static final SizingRules RULES;

    static {
        try {
            RULES = SizingRules.load(Path.of("rules"));
        } catch (RulesException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final List<Object> given = new ArrayList<>();

    static SizingRules rules() {
        return RULES;
    }

    static RuleVerifier given(Object... facts) {
        RuleVerifier v = new RuleVerifier();
        for (Object f : facts) {
            v.given.add(f);
            if (f instanceof Questionnaire q) v.given.addAll(q.zones());
        }
        return v;
    }

    /**
     * Facts inserted by {@code rule} (decisions included), in the order they were inserted. Outside the plan's own rules, a
     * zone given by its ZoneCores alone does not grow: its ZoneYears (the same users and cores in every plan year)
     * and the platform's busiest year are added as plan.drl would make them, unless the test gives its own.
     */
    Result fire(String rule) {
        // The profile of the questionnaire given (v1 without one): its rules, not the other profile's of the same name.
        Profile profile = given.stream().filter(Questionnaire.class::isInstance).map(q -> ((Questionnaire) q).profile())
                .findFirst().orElse(Profile.V1);
        KieSession session = RULES.newSession(profile);
        try {
            given.forEach(session::insert);
            if (!rule.startsWith("plan") && !rule.startsWith("machines by year")) addSteadyPlan(session);
            // What the rules insert, in the order they insert it (the session's own store has no order): a rule's log
            // lines read as it wrote them.
            List<Object> inserted = new ArrayList<>();
            session.addEventListener(new org.kie.api.event.rule.DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(org.kie.api.event.rule.ObjectInsertedEvent event) {
                    inserted.add(event.getObject());
                }
            });
            // Constants, role minima and supported systems are the rules' own inputs: there as in a real run,
            // but not part of what the rule under test made.
            boolean ruleMakesInputs = isInputRule(rule);
            int[] fired = {0};
            session.fireAllRules(m -> {
                String name = m.getRule().getName();
                if (name.equals(rule)) fired[0]++;
                return name.equals(rule) || isInputRule(name);
            });
            List<Object> made = new ArrayList<>();
            for (Object o : inserted) {
                if (!ruleMakesInputs && (o instanceof Constant || o instanceof RoleSpec || o instanceof SupportedOs)) continue;
                made.add(o);
            }
            return new Result(fired[0], made);
        } finally {
            session.dispose();
        }
    }

    private void addSteadyPlan(KieSession session) {
        Questionnaire q = given.stream().filter(Questionnaire.class::isInstance).map(Questionnaire.class::cast).findFirst().orElse(null);
        if (q == null) return;
        if (given.stream().noneMatch(f -> f instanceof ZoneYear)) {
            for (Object f : given) {
                if (!(f instanceof ZoneCores c)) continue;
                for (int year = 1; year <= q.planYears(); year++) {
                    session.insert(new ZoneYear(c.zone(), year, c.users(), c.cores(), c.bindingMetric(), c.cores(),
                            year == 1 ? c.cores() : 0, c.usersOnFullestCore(), 0));
                }
            }
        }
        if (given.stream().noneMatch(f -> f instanceof PeakUsers)) session.insert(new PeakUsers(q.platformUsers(), 1));
    }

    private static boolean isInputRule(String name) {
        return name.startsWith("constants:") || name.startsWith("role minima:")
                || name.startsWith("system requirements") && name.endsWith(": operating systems of the guide");
    }

    record Result(int timesFired, Collection<Object> facts) {
        <T> List<T> of(Class<T> type) {
            return facts.stream().filter(type::isInstance).map(type::cast).toList();
        }

        <T> T one(Class<T> type) {
            List<T> found = of(type);
            if (found.size() != 1) throw new AssertionError("expected one " + type.getSimpleName() + ", got " + found);
            return found.get(0);
        }

        /** The decision log's text for this firing, all lines joined. */
        String reasons() {
            return String.join("\n", of(Decision.class).stream().map(Decision::reason).toList());
        }
    }
}
