"use client";

import { useState } from "react";

/**
 * A key that changes with each answer of a form's action. Keyed with it, the form remounts on
 * every answer, so its uncontrolled inputs start from the values the answer returned, and
 * React's own reset of the submitted form cannot land after the user has started typing again.
 */
export function useAnswerKey(state: unknown): number {
  const [answered, setAnswered] = useState(state);
  const [attempt, setAttempt] = useState(0);
  if (state !== answered) {
    setAnswered(state);
    setAttempt(attempt + 1);
  }
  return attempt;
}
