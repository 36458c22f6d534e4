package io.pryv.sizer.rules;

import io.pryv.sizer.model.Questionnaire;
import org.kie.api.KieBase;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.KieSession;

import java.util.ArrayList;
import java.util.List;

/** One run of the rules on one questionnaire, in a session of its own: what the rules inserted. */
final class RuleSession {
    private RuleSession() {}

    static Facts run(KieBase kieBase, Questionnaire q) {
        KieSession session = kieBase.newKieSession();
        try {
            // Facts are collected in the order the rules inserted them: the session's own fact store has
            // no stable order from one run to the next, and the outputs must be reproducible.
            List<Object> inserted = new ArrayList<>();
            session.addEventListener(new DefaultRuleRuntimeEventListener() {
                @Override
                public void objectInserted(ObjectInsertedEvent event) {
                    inserted.add(event.getObject());
                }
            });
            session.insert(q);
            q.zones().forEach(session::insert);
            session.fireAllRules();
            return new Facts(inserted);
        } finally {
            session.dispose();
        }
    }

    /** The session's facts, by type, in insertion order. */
    static final class Facts {
        private final List<Object> all;

        Facts(List<Object> inserted) {
            all = List.copyOf(inserted);
        }

        <T> List<T> of(Class<T> type) {
            return all.stream().filter(type::isInstance).map(type::cast).toList();
        }

        <T> T one(Class<T> type) {
            List<T> found = of(type);
            if (found.size() != 1) {
                throw new IllegalStateException("the rules made " + found.size() + " " + type.getSimpleName()
                        + " facts where exactly one is expected: check the rules' conditions");
            }
            return found.get(0);
        }
    }
}
