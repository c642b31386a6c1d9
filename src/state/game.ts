import { createStore } from 'zustand/vanilla';
import { advanceTurn, applyCommand, createGame, hashState } from '../sim/index.ts';
import type { ResponsePolicy } from '../sim/index.ts';
import type { Command, Difficulty, GameState, Reason, ScenarioConfig, SimEvent } from '../sim/types.ts';
import { decodeSave, encodeSave, type SaveProblem, type ScenarioRef } from './save.ts';

export type Screen = 'title' | 'brief' | 'board' | 'debrief';

/** A decision as the debrief shows it: when it was taken and what it was. */
export interface Decision {
  turn: number;
  command: Command;
}

export interface Session {
  ref: ScenarioRef;
  scenario: ScenarioConfig;
  seed: number;
  /**
   * Commands of every turn so far; the last entry is the turn being played. Replaying them rebuilds
   * the game. A turn that stopped at a major incident is finished by the first command of the next.
   */
  turns: Command[][];
  state: GameState;
  /** State at the start of the current turn, so undo can replay the turn's remaining commands. */
  turnStart: GameState;
  /** Every fact so far, for the log and the debrief. */
  log: SimEvent[];
  /** The facts of the last change, for the board to animate. */
  lastEvents: SimEvent[];
  /** A tutorial's progress: the step shown, and where in the game it began (turn index, commands made in it). */
  coach: CoachProgress | null;
  /** The difficulty chosen on the brief, when it is not the scenario's own (it is set in `scenario`). */
  difficulty: Difficulty | null;
}

export interface CoachProgress {
  step: number;
  markTurn: number;
  markCommands: number;
}

export interface GameStoreState {
  screen: Screen;
  session: Session | null;
  /** A message about the save (corrupt, old) shown once on the title screen. */
  saveProblem: SaveProblem | null;
}

/** The scenario a save names, null when it is gone, or why the save may not have it. */
export interface ScenarioResolver {
  (ref: ScenarioRef): ScenarioConfig | SaveProblem | null;
}

const logLimit = 2000;

function play(scenario: ScenarioConfig, seed: number, turns: Command[][]): Omit<Session, 'ref' | 'coach' | 'difficulty'> | { failed: Reason } {
  let state = createGame(scenario, seed);
  let turnStart = state;
  const log: SimEvent[] = [];
  let lastEvents: SimEvent[] = [];
  for (let i = 0; i < turns.length; i++) {
    if (i > 0) {
      const result = advanceTurn(state, null);
      state = result.state;
      lastEvents = result.events;
      log.push(...result.events);
      turnStart = state;
    }
    for (const command of turns[i]) {
      const result = applyCommand(state, command);
      if (!result.ok) return { failed: result.reason };
      state = result.state;
      lastEvents = result.events;
      log.push(...result.events);
    }
  }
  return { scenario, seed, turns, state, turnStart, log: log.slice(-logLimit), lastEvents };
}

export function createGameStore(resolve: ScenarioResolver, storage: Storage | undefined) {
  const store = createStore<GameStoreState>(() => ({ screen: 'title', session: null, saveProblem: null }));
  const saveKey = 'devops-journey:save';

  function persist(session: Session | null): void {
    try {
      if (!session) storage?.removeItem(saveKey);
      else storage?.setItem(saveKey, encodeSave(session.ref, session.seed, session.turns, hashState(session.state), session.coach, session.difficulty));
    } catch {
      // Storage can be full or blocked; the game goes on, it just will not survive a reload.
    }
  }

  /**
   * Moves a save that cannot be resumed out of the way, so Continue does not meet it again, and
   * says what really happened: a copy needs room that a large save may not find.
   */
  function setAside(raw: string): NonNullable<SaveProblem['aside']> {
    const asideKey = `${saveKey}:unreadable`;
    let aside: NonNullable<SaveProblem['aside']> = 'kept';
    try {
      // An older copy is dropped first: it would only take the room the new one needs.
      storage?.removeItem(asideKey);
      storage?.setItem(asideKey, raw);
    } catch {
      aside = 'removed';
    }
    try {
      storage?.removeItem(saveKey);
    } catch {
      return 'stuck';
    }
    return aside;
  }

  function setSession(session: Session, screen: Screen = store.getState().screen): void {
    const ended = session.state.status !== 'running';
    store.setState({ session, screen: ended && screen === 'board' ? 'debrief' : screen });
    persist(session);
  }

  function command(command: Command): { ok: true } | { ok: false; reason: Reason } {
    const { session } = store.getState();
    if (!session) return { ok: false, reason: { code: 'noGame', params: {} } };
    const result = applyCommand(session.state, command);
    if (!result.ok) return result;
    const turns = [...session.turns.slice(0, -1), [...session.turns[session.turns.length - 1], command]];
    setSession({
      ...session,
      turns,
      state: result.state,
      log: [...session.log, ...result.events].slice(-logLimit),
      lastEvents: result.events,
    });
    return { ok: true };
  }

  return Object.assign(store, {
    /** Opens a scenario at its brief; nothing is saved until the player starts. */
    open(ref: ScenarioRef, scenario: ScenarioConfig, seed: number = scenario.seed, tutorial = false): void {
      const played = play(scenario, seed, [[]]);
      if ('failed' in played) return;
      const coach = tutorial ? { step: 0, markTurn: 0, markCommands: 0 } : null;
      store.setState({ screen: 'brief', session: { ref, ...played, coach, difficulty: null } });
    },

    /** Before the first turn: play at another difficulty (null: the scenario's own). */
    setDifficulty(difficulty: Difficulty): void {
      const { session } = store.getState();
      if (!session || session.turns.length > 1 || session.turns[0]!.length > 0) return;
      const resolved = resolve(session.ref);
      const own = resolved && !('code' in resolved) ? resolved.difficulty : undefined;
      const scenario = { ...session.scenario, difficulty };
      const played = play(scenario, session.seed, [[]]);
      if ('failed' in played) return;
      store.setState({ session: { ...session, ...played, difficulty: difficulty === own ? null : difficulty } });
    },

    /** Moves the tutorial on to its next step, which starts from the game as it is now. */
    coachNext(): void {
      const { session } = store.getState();
      if (!session?.coach) return;
      const markTurn = session.turns.length - 1;
      const coach = { step: session.coach.step + 1, markTurn, markCommands: session.turns[markTurn].length };
      setSession({ ...session, coach });
    },

    begin(): void {
      const { session } = store.getState();
      if (session) setSession(session, 'board');
    },

    command,

    /**
     * Takes back the last decision of this turn by replaying the turn's other decisions from its
     * start. The response to an incident is not taken back: its outcome is already known; nor is a
     * workshop facilitator's shock, which was not the player's.
     */
    undo(): boolean {
      const { session } = store.getState();
      const current = session?.turns[session.turns.length - 1];
      const last = current?.[current.length - 1]?.type;
      if (!session || !current || last === undefined || last === 'respondIncident' || last === 'injectEvent') return false;
      const kept = current.slice(0, -1);
      let state = session.turnStart;
      const replayed: SimEvent[] = [];
      for (const command of kept) {
        const result = applyCommand(state, command);
        if (!result.ok) return false;
        state = result.state;
        replayed.push(...result.events);
      }
      // The turn's decisions are the log's last facts (each fact takes one number of the state's
      // sequence), so they leave the log and the kept ones come back: an undone decision is no fact.
      const undone = Math.max(0, session.log.length - (session.state.seq - session.turnStart.seq));
      const log = [...session.log.slice(0, undone), ...replayed];
      setSession({ ...session, turns: [...session.turns.slice(0, -1), kept], state, log, lastEvents: [] });
      return true;
    },

    /**
     * Plays the turn. It may stop at a major incident (state.fight), which the player answers with
     * `respondIncident`; given a policy (a talk, a preview), the store answers with it and records
     * the answers as the player's commands, so a reload replays them.
     */
    endTurn(respond: ResponsePolicy | null = null): SimEvent[] {
      const { session } = store.getState();
      if (!session || session.state.status !== 'running' || session.state.fight) return [];
      const result = advanceTurn(session.state, null);
      setSession({
        ...session,
        turns: [...session.turns, []],
        state: result.state,
        turnStart: result.state,
        log: [...session.log, ...result.events].slice(-logLimit),
        lastEvents: result.events,
      });
      const events = [...result.events];
      for (let s = result.state; respond && s.fight; s = store.getState().session!.state) {
        if (!command({ type: 'respondIncident', ...respond(s) }).ok) break;
        events.push(...store.getState().session!.lastEvents);
      }
      return events;
    },

    showDebrief(): void {
      if (store.getState().session) store.setState({ screen: 'debrief' });
    },

    /** Ends the game and deletes its save. */
    quit(): void {
      persist(null);
      store.setState({ screen: 'title', session: null });
    },

    /** Back to the title screen; the game stays saved, to continue later. */
    leave(): void {
      store.setState({ screen: 'title', session: null });
    },

    /** Resumes the saved game exactly; a save that cannot be trusted is kept aside and reported. */
    resume(): boolean {
      let raw: string | null = null;
      try {
        raw = storage?.getItem(saveKey) ?? null;
      } catch {
        return false;
      }
      if (raw === null) return false;
      const problem = (p: SaveProblem) => {
        store.setState({ saveProblem: { ...p, aside: setAside(raw ?? '') }, screen: 'title', session: null });
        return false;
      };
      const decoded = decodeSave(raw);
      if (!decoded.ok) return problem(decoded.problem);
      const resolved = resolve(decoded.save.ref);
      if (!resolved) return problem({ code: 'scenarioMissing', params: { id: decoded.save.ref.id } });
      if ('code' in resolved) return problem(resolved);
      const { difficulty } = decoded.save;
      const scenario = difficulty ? { ...resolved, difficulty } : resolved;
      const played = play(scenario, decoded.save.seed, decoded.save.turns);
      if ('failed' in played) return problem({ code: 'replayFailed', params: { reason: played.failed.code } });
      if (hashState(played.state) !== decoded.save.hash) return problem({ code: 'versionMismatch', params: {} });
      setSession({ ref: decoded.save.ref, ...played, coach: decoded.save.coach, difficulty }, 'board');
      return true;
    },

    hasSave(): boolean {
      try {
        return storage?.getItem(saveKey) != null;
      } catch {
        return false;
      }
    },

    dismissSaveProblem(): void {
      store.setState({ saveProblem: null });
    },
  });
}

export type GameStore = ReturnType<typeof createGameStore>;
