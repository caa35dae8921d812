import { describe, expect, it } from "vitest";
import { isGuessablePassword } from "@/lib/auth/guessable-password";

describe("isGuessablePassword", () => {
  it.each([
    ["a common password as it is", "qwerty123456"],
    ["a common password with digits and symbols around it", "password2024!"],
    ["one character repeated", "aaaaaaaaaaaa"],
    ["a piece repeated", "abcabcabcabc"],
    ["a word repeated", "PasswordPassword"],
    ["a run of digits", "123456789012"],
    ["a keyboard row backwards", "poiuytrewq"],
    ["the alphabet", "abcdefghijklm"],
  ])("refuses %s", (_, password) => {
    expect(isGuessablePassword(password)).toBe(true);
  });

  it.each([
    ["a phrase of words", "a long enough password"],
    ["words joined by hyphens", "owner-password-for-e2e"],
    ["a random string", "7v#Lq2!pZr9w"],
    ["Chinese", "山高月小水落石出"],
  ])("accepts %s", (_, password) => {
    expect(isGuessablePassword(password)).toBe(false);
  });
});
