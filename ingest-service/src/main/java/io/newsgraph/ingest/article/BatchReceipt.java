package io.newsgraph.ingest.article;

import java.util.List;

/** Answer to a batch: one result per submitted article, in submission order. */
public record BatchReceipt(int accepted, int unchanged, int rejected, List<ItemResult> results) {

    static BatchReceipt of(List<ItemResult> results) {
        int accepted = (int) results.stream().filter(result -> result.code() == 202).count();
        int unchanged = (int) results.stream().filter(result -> result.code() == 200).count();
        return new BatchReceipt(
                accepted, unchanged, results.size() - accepted - unchanged, results);
    }
}
