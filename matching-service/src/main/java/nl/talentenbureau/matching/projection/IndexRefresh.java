package nl.talentenbureau.matching.projection;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/**
 * Keeps this replica's index in step with changes other replicas made. With several matching-service replicas only
 * one of them applies a given feed page (the cursor is shared), and matches are made on whichever replica took the
 * call; the others learn of both here, within one interval ({@code matching.index.refresh-interval}).
 */
@ApplicationScoped
public class IndexRefresh {

    private final CurrentIndex index;

    public IndexRefresh(CurrentIndex index) {
        this.index = index;
    }

    @Scheduled(every = "${matching.index.refresh-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "index-refresh")
    void check() {
        index.rebuildIfChanged();
    }
}
