/**
 * Preloaded (`node --require`) into third-party tools that try to reach the internet on
 * their own (Electronegativity fetches translations and Electron release lists). Refuses
 * every DNS lookup and outgoing connection, so nothing leaves this machine; the tools fall
 * back to their offline behaviour.
 */
const dns = require('node:dns');
const net = require('node:net');

function refusal(what) {
  const error = new Error(`${what} blocked: ReadyRoom runs this tool offline.`);
  error.code = 'ENOTFOUND';
  return error;
}

dns.lookup = function lookup(hostname, options, callback) {
  const done = typeof options === 'function' ? options : callback;
  process.nextTick(() => done(refusal(`DNS lookup of ${hostname}`)));
};
dns.promises.lookup = async (hostname) => {
  throw refusal(`DNS lookup of ${hostname}`);
};
const originalConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connect(...args) {
  const options = typeof args[0] === 'object' && args[0] !== null ? args[0] : {};
  if (options.path !== undefined) return originalConnect.apply(this, args);
  process.nextTick(() => this.destroy(refusal('Network connection')));
  return this;
};
