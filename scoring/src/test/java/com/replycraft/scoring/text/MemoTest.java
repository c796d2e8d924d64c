package com.replycraft.scoring.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {

  @Test
  void computes_a_value_once_per_key_and_remembers_nulls_too() {
    Memo memo = new Memo();
    AtomicInteger calls = new AtomicInteger();
    Object key = new Object();

    assertThat(memo.<String>get(key, () -> "v" + calls.incrementAndGet())).isEqualTo("v1");
    assertThat(memo.<String>get(key, () -> "v" + calls.incrementAndGet())).isEqualTo("v1");
    assertThat(memo.<String>get(new Object(), () -> null)).isNull();
    assertThat(calls).hasValue(1);
    assertThat(memo.size()).isEqualTo(2);
  }

  @Test
  void a_computation_may_use_the_same_memo() {
    Memo memo = new Memo();
    Object inner = new Object();
    Object outer = new Object();

    String value = memo.get(outer, () -> memo.get(inner, () -> "in") + "+out");

    assertThat(value).isEqualTo("in+out");
    assertThat(memo.<String>get(inner, () -> "again")).isEqualTo("in");
  }

  @Test
  void memos_never_make_two_equal_things_unequal() {
    assertThat(new Memo()).isEqualTo(new Memo()).hasSameHashCodeAs(new Memo());
  }

  @Test
  void analysed_texts_share_lexicon_words_by_instance_and_keep_other_words_as_written() {
    String known =
        com.replycraft.scoring.lexicon.Lexicon.named("vague-timeframe")
            .entries()
            .get(0)
            .tokens()
            .get(0);
    AnalyzedText text = new TextAnalyzer().analyze(known.toUpperCase() + " qwzxv");

    assertThat(text.tokens().get(0).lower()).isSameAs(Vocabulary.canonical(known));
    assertThat(text.tokens().get(1).lower()).isEqualTo("qwzxv");
    assertThat(Vocabulary.id("qwzxv")).isEqualTo(-1);
  }
}
