/**
 * The phone page and the room server share one declaration of the replies
 * (`shared/voting/room-protocol.ts`); these checks fail the type check (`tsc -b`) if the
 * host's request schemas stop accepting what the page sends, or the shared question and
 * answer types drift from the workshop model.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type * as Host from '../../electron/host/voting/room-request-schemas';
import type * as Page from '../../shared/voting/room-protocol';
import type { Answer, QuestionId } from '../../shared/workshop/readiness';

describe('the room protocol, as the host and the phone page each declare it', () => {
  it('has the same replies and pushes', () => {
    expectTypeOf<Host.PhoneState>().toEqualTypeOf<Page.PhoneState>();
    expectTypeOf<Host.PhoneRound>().toEqualTypeOf<Page.PhoneRound>();
    expectTypeOf<Host.JoinReply>().toEqualTypeOf<Page.JoinReply>();
    expectTypeOf<Host.BallotReply>().toEqualTypeOf<Page.BallotReply>();
    expectTypeOf<Host.RoomPush>().toEqualTypeOf<Page.RoomPush>();
    // The page reads any error code the host sends.
    expectTypeOf<Host.RoomErrorReply>().toExtend<Page.RoomErrorReply>();
  });

  it('has the same questions and answers', () => {
    expectTypeOf<QuestionId>().toEqualTypeOf<Page.QuestionId>();
    expectTypeOf<Answer>().toEqualTypeOf<Page.Answer>();
  });

  it('accepts what the page sends', () => {
    expectTypeOf<{
      roundId: string;
      questionId: Page.QuestionId;
      answer: Page.Answer;
    }>().toExtend<Host.BallotRequest>();
    expectTypeOf<{ code: string; name: string }>().toExtend<Host.JoinRequest>();
  });
});
