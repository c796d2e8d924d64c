package com.replycraft.scoring.eval;

import com.replycraft.scoring.Scorer;
import java.io.IOException;
import java.nio.file.Path;

/** Scores one labelled dataset and measures the result against its labels. */
public interface DatasetEvaluation {

  /** The dataset's folder name under the data directory, also the {@code --only} name. */
  String name();

  /**
   * @param folder the dataset's folder ({@code <data>/<name>})
   * @param split the split to report; thresholds are always chosen on dev
   */
  DatasetReport evaluate(Path folder, Split split, Scorer scorer) throws IOException;
}
