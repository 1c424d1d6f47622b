package io.newsgraph.nlp.engine;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

/**
 * The language probabilities of the langdetect maximum-entropy model, computed as OpenNLP's {@code
 * LanguageDetectorME} computes them, on every article the service receives.
 *
 * <p>The text is normalised by the same five normalisers in the same order, lower-cased code point
 * by code point. Each distinct character 1-, 2- and 3-gram counts once, with the model's weights,
 * under a uniform prior and a softmax. OpenNLP builds a String per n-gram, a map of them and a
 * second map to find their weights. Here, an n-gram is packed into a long and its weights are found
 * in an open-addressing table built once from the model. The probabilities are the same up to the
 * order in which the weights are summed (see LanguageDetectorTest).
 */
final class CharNgramScorer {

    /** The model's n-grams are 1 to 3 characters long (LanguageDetectorFactory). */
    private static final int MAX_NGRAM = 3;

    /** A packed key carries its length, so no n-gram packs to this. */
    private static final long EMPTY = 0L;

    private final CharSequenceNormalizer normalizer =
            new AggregateCharSequenceNormalizer(
                    EmojiCharSequenceNormalizer.getInstance(),
                    UrlCharSequenceNormalizer.getInstance(),
                    TwitterCharSequenceNormalizer.getInstance(),
                    NumberCharSequenceNormalizer.getInstance(),
                    ShrinkCharSequenceNormalizer.getInstance());

    private final String[] outcomes;
    private final double logPrior;

    /**
     * Two longs per slot, so one memory read finds an n-gram and where its weights are: the packed
     * n-gram, then the offset of its weights in {@link #ids}/{@link #weights} times 2^16 plus their
     * number.
     */
    private final long[] table;

    private final int mask;

    /** Every n-gram's languages and weights, one n-gram after the other. */
    private final int[] ids;

    private final double[] weights;

    CharNgramScorer(LanguageDetectorModel model) {
        Object[] data = ((AbstractModel) model.getMaxentModel()).getDataStructures();
        @SuppressWarnings("unchecked")
        Map<String, Context> features = (Map<String, Context>) data[1];
        outcomes = ((String[]) data[2]).clone();
        logPrior = StrictMath.log(1.0 / outcomes.length);
        int capacity = tableSize(features.size());
        table = new long[2 * capacity];
        mask = capacity - 1;
        int pairs = 0;
        for (Context context : features.values()) {
            pairs += context.getOutcomes().length;
        }
        ids = new int[pairs];
        weights = new double[pairs];
        int offset = 0;
        for (Map.Entry<String, Context> feature : features.entrySet()) {
            String ngram = feature.getKey();
            if (ngram.isEmpty() || ngram.length() > MAX_NGRAM) {
                continue;
            }
            int[] languages = feature.getValue().getOutcomes();
            System.arraycopy(languages, 0, ids, offset, languages.length);
            System.arraycopy(
                    feature.getValue().getParameters(), 0, weights, offset, languages.length);
            long key = pack(ngram.toCharArray(), 0, ngram.length());
            int slot = slot(key);
            table[2 * slot] = key;
            table[2 * slot + 1] = (long) offset << 16 | languages.length;
            offset += languages.length;
        }
    }

    /** The model's code for language {@code index} (ISO 639-3). */
    String language(int index) {
        return outcomes[index];
    }

    /** The probability of each language for {@code text}, indexed as {@link #language(int)}. */
    double[] probabilities(CharSequence text) {
        char[] lower = lowerCase(normalizer.normalize(text));
        double[] scores = new double[outcomes.length];
        Arrays.fill(scores, logPrior);
        long[] seen = new long[tableSize(lower.length * MAX_NGRAM)];
        int seenMask = seen.length - 1;
        for (int length = 1; length <= MAX_NGRAM; length++) {
            for (int start = 0; start + length <= lower.length; start++) {
                long key = pack(lower, start, length);
                int seenSlot = (int) mix(key) & seenMask;
                while (seen[seenSlot] != EMPTY && seen[seenSlot] != key) {
                    seenSlot = (seenSlot + 1) & seenMask;
                }
                if (seen[seenSlot] == key) {
                    continue;
                }
                seen[seenSlot] = key;
                int slot = slot(key);
                if (table[2 * slot] == EMPTY) {
                    continue;
                }
                long place = table[2 * slot + 1];
                int from = (int) (place >>> 16);
                int to = from + (int) (place & 0xFFFF);
                for (int i = from; i < to; i++) {
                    scores[ids[i]] += weights[i];
                }
            }
        }
        double total = 0;
        for (int i = 0; i < scores.length; i++) {
            scores[i] = StrictMath.exp(scores[i]);
            total += scores[i];
        }
        for (int i = 0; i < scores.length; i++) {
            scores[i] /= total;
        }
        return scores;
    }

    /** Lower case code point by code point, as OpenNLP's n-gram model reads the text. */
    private static char[] lowerCase(CharSequence text) {
        char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                return lowerCaseCodePoints(text);
            }
            chars[i] = (char) Character.toLowerCase((int) c);
        }
        return chars;
    }

    private static char[] lowerCaseCodePoints(CharSequence text) {
        StringBuilder lower = new StringBuilder(text.length());
        text.codePoints().forEach(c -> lower.appendCodePoint(Character.toLowerCase(c)));
        char[] chars = new char[lower.length()];
        lower.getChars(0, chars.length, chars, 0);
        return chars;
    }

    private static long pack(char[] chars, int start, int length) {
        long key = length;
        for (int i = start; i < start + length; i++) {
            key = key << Character.SIZE | chars[i];
        }
        return key;
    }

    /** The slot holding {@code key}, or the empty slot where it would go (linear probing). */
    private int slot(long key) {
        int slot = (int) mix(key) & mask;
        while (table[2 * slot] != EMPTY && table[2 * slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static long mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return h ^ (h >>> 29);
    }

    /** A power of two at least twice {@code entries}: probes stay short. */
    private static int tableSize(int entries) {
        return Integer.highestOneBit(Math.max(8, entries) * 2 - 1) << 1;
    }
}
