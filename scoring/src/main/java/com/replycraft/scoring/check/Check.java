package com.replycraft.scoring.check;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import java.util.List;

/**
 * One family of rules judging a reply. Implementations are small, stateless and thread-safe; they
 * read the precomputed analysis in the context and never re-tokenise. Spans of findings are offsets
 * into {@code context.reply().text()}.
 */
public interface Check {

  /** A stable id in capitals; never changes once shipped. */
  String id();

  /** The finding codes this check can emit. */
  List<FindingCode> codes();

  List<Finding> check(ReplyContext context);

  /** Declared wrong/fixed pairs; one generic test runs them all. */
  List<CheckExample> examples();
}
