import { createContext, useContext } from 'react';

/** The last thing said about one person ("Logged: you met Jo today."). */
export interface PersonSaid {
  personId: string;
  message: string;
  /** Grows with every new message, so the same words are announced again. */
  key: number;
}

interface PersonSaidValue {
  said: PersonSaid | undefined;
  say: (personId: string, message: string) => void;
  clear: () => void;
}

/**
 * Held by the page, not the card: logging a contact can move a card from "Time to catch up" to
 * its group — a new card — and what was said must move with it.
 */
export const PersonSaidContext = createContext<PersonSaidValue>({
  said: undefined,
  say: () => undefined,
  clear: () => undefined,
});

export const usePersonSaid = () => useContext(PersonSaidContext);
