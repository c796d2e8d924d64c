package com.replycraft.scoring.check;

import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.ScoreRequest;

/**
 * A pair every check declares: a request whose reply must raise {@code code}, and the same request
 * with the reply fixed, which must not.
 */
public record CheckExample(FindingCode code, ScoreRequest wrong, ScoreRequest fixed) {}
