package org.sessionauth.revocation.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.sessionauth.revocation.entity.RevocationEvent;

@Stateless
public class AuditTrail {

    /** One revocation as its user sees it: who did it is "self", "admin" or "system". */
    public record Entry(String scope, String reason, String actor, UUID actorId, UUID sessionId, Instant occurredAt) {
        static Entry of(RevocationEvent event) {
            String actor = event.actorId() == null ? "system"
                    : event.actorId().equals(event.userId()) ? "self" : "admin";
            return new Entry(event.scope().name().toLowerCase(), event.reason(), actor, event.actorId(),
                    event.sessionId(), event.occurredAt());
        }
    }

    @PersistenceContext
    EntityManager em;

    public record Page(List<Entry> entries, boolean hasNext) {
    }

    /** Page {@code page} (from 0) of {@code size} events, newest first. */
    public Page of(UUID userId, int page, int size) {
        List<Entry> found = em.createNamedQuery(RevocationEvent.OF_USER, RevocationEvent.class)
                .setParameter("userId", userId)
                .setFirstResult(page * size)
                .setMaxResults(size + 1)
                .getResultStream()
                .map(Entry::of)
                .toList();
        return new Page(found.size() > size ? found.subList(0, size) : found, found.size() > size);
    }
}
