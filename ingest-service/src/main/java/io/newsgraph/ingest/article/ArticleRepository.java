package io.newsgraph.ingest.article;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;

@ApplicationScoped
public class ArticleRepository implements PanacheRepositoryBase<Article, UUID> {

    /** The stored article for this identity, locked so concurrent resubmissions queue up. */
    public Uni<Article> findByIdentityKeyForUpdate(String identityKey) {
        return find("identityKey", identityKey)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }
}
