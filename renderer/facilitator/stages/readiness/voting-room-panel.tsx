import { useEffect, useId, useState } from 'react';
import { text } from '../../../../shared/text';
import { JoinQrCode } from '../../../app/components/join-qr-code';
import { useAppStore } from '../../../app/store/store-context';
import {
  LOOPBACK_ADDRESS,
  REHEARSAL_PHONES,
  selectOtherWorkshopVoting,
  selectOwnRoom,
} from '../../../app/store/voting-slice';
import { QuietButton } from '../../../app/components/quiet-button';

/** "28 of 30 phones connected, 2 reconnecting", or how many are connected when none dropped. */
export function describePresence(connected: number, reconnecting: number): string {
  const joined = connected + reconnecting;
  if (joined === 0) return text('voting.room.noPhonesYet');
  if (reconnecting === 0) return text('count.phonesConnected', { count: joined });
  return text('count.phonesConnectedOf', { count: joined, connected, reconnecting });
}

/** A room (or an unfinished round) of another workshop holds the voting service. */
function OtherWorkshopRoom() {
  const release = useAppStore((state) => state.releaseOtherWorkshopsRoom);
  return (
    <section className="panel voting-room" aria-labelledby="room-heading">
      <h3 id="room-heading">{text('voting.room.busyHeading')}</h3>
      <p>{text('voting.room.busyText')}</p>
      <button type="button" className="button" onClick={() => void release()}>
        {text('voting.room.busyClose')}
      </button>
    </section>
  );
}

function RoomCheckLine() {
  const roomCheck = useAppStore((state) => state.roomCheck);
  const checkVotingRoom = useAppStore((state) => state.checkVotingRoom);
  return (
    <p className="voting-room__check">
      <span role="status">{roomCheck === null ? text('voting.room.checking') : roomCheck.message}</span>{' '}
      <QuietButton onClick={() => void checkVotingRoom()}>{text('voting.room.checkAgain')}</QuietButton>
    </p>
  );
}

/** The voting room: open it on a network, or, while it is open, how phones join it. */
export function VotingRoomPanel() {
  const addressId = useId();
  const room = useAppStore(selectOwnRoom);
  const otherWorkshop = useAppStore(selectOtherWorkshopVoting);
  const addresses = useAppStore((state) => state.roomAddresses);
  const browserShell = useAppStore((state) => state.appInfo?.shell === 'browser');
  const openVotingRoom = useAppStore((state) => state.openVotingRoom);
  const closeVotingRoom = useAppStore((state) => state.closeVotingRoom);
  const checkVotingRoom = useAppStore((state) => state.checkVotingRoom);
  const [address, setAddress] = useState<string | null>(null);
  const [namedVoting, setNamedVoting] = useState(false);
  const chosen = address ?? addresses.find((item) => item.isPrivate)?.address ?? addresses[0]?.address ?? '';
  const roomKey = room === null ? null : `${room.address}:${room.port}`;
  // The pre-flight line: does the address answer, as a phone would reach it?
  useEffect(() => {
    if (roomKey !== null) void checkVotingRoom();
  }, [roomKey, checkVotingRoom]);

  if (room === null && otherWorkshop) return <OtherWorkshopRoom />;
  if (room !== null) {
    const loopback = room.address === LOOPBACK_ADDRESS;
    return (
      <section className="panel voting-room" aria-labelledby="room-heading">
        <h3 id="room-heading">
          {text(room.rehearsal ? 'voting.room.rehearsalHeading' : 'voting.room.openHeading')}
        </h3>
        {room.rehearsal ? (
          <p className="hint">
            {text('count.simulatedPhones', { count: REHEARSAL_PHONES })} {text('voting.room.rehearsalHint')}
          </p>
        ) : null}
        <div className="voting-room__join">
          <JoinQrCode url={room.joinUrl} size={160} />
          <div>
            <p>
              {text('voting.room.code')} <strong className="voting-room__code">{room.code}</strong>
            </p>
            <p>
              {text('voting.room.phonesOpen')} <span className="voting-room__url">{room.joinUrl}</span>
            </p>
            <p role="status">
              {describePresence(room.connectedDevices, room.reconnectingDevices)}
              {' · '}
              {text(room.namedVoting ? 'voting.room.named' : 'voting.room.anonymous')}
            </p>
            <RoomCheckLine />
          </div>
        </div>
        {loopback && !room.rehearsal ? <LoopbackWarning browserShell={browserShell} /> : null}
        <QuietButton onClick={() => void closeVotingRoom()}>{text('voting.room.close')}</QuietButton>
      </section>
    );
  }
  const onlyLoopback = addresses.every((item) => item.address === LOOPBACK_ADDRESS);
  return (
    <section className="panel voting-room" aria-labelledby="room-heading">
      <h3 id="room-heading">{text('voting.room.closedHeading')}</h3>
      <p className="hint">{text('voting.room.closedHint')}</p>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={addressId}>{text('voting.room.network')}</label>
          <select id={addressId} value={chosen} onChange={(event) => setAddress(event.target.value)}>
            {addresses.map((item) => (
              <option key={item.address} value={item.address}>
                {item.label}
              </option>
            ))}
          </select>
        </div>
        <label className="checkbox-field">
          <input
            type="checkbox"
            checked={namedVoting}
            onChange={(event) => setNamedVoting(event.target.checked)}
          />
          {text('voting.room.askNames')}
        </label>
      </div>
      {onlyLoopback || chosen === LOOPBACK_ADDRESS ? <LoopbackWarning browserShell={browserShell} /> : null}
      <button
        type="button"
        className="button"
        disabled={chosen === ''}
        onClick={() => void openVotingRoom(chosen, namedVoting)}
        data-focus-place="open-voting-room"
      >
        {text('voting.room.open')}
      </button>
    </section>
  );
}

/** Phones cannot reach 127.0.0.1: say so before anyone hands out the link, and how to fix it. */
function LoopbackWarning({ browserShell }: { browserShell: boolean }) {
  return (
    <div className="notice notice--warning">
      <p>
        {browserShell
          ? text('voting.room.loopbackBrowser', { command: 'npm run serve -- --room-host 192.168.1.20' })
          : text('voting.room.loopbackDesktop')}
      </p>
    </div>
  );
}
