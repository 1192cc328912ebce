/**
 * Preloaded (`node --require`) into third-party tools that try to reach the internet on
 * their own (Electronegativity fetches translations and Electron release lists). Refuses
 * every DNS lookup and outgoing connection, so nothing leaves this machine; the tools fall
 * back to their offline behaviour.
 */
const dns = require('node:dns');
const Module = require('node:module');
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

// Electronegativity fetches with `got`, whose retry and cancel logic, on Node 22 and later,
// throws an uncaught error when the refusal above comes back too soon ("onCancel handler
// was attached after the promise settled"), ending the scan. So `got` itself answers as an
// offline client does: every request fails with the same refusal, as a rejected promise.
function offlineGot(url) {
  return Promise.reject(refusal(`Request to ${String(url).slice(0, 100)}`));
}
for (const method of ['get', 'post', 'put', 'patch', 'head', 'delete']) offlineGot[method] = offlineGot;
offlineGot.extend = () => offlineGot;
offlineGot.default = offlineGot;
const originalLoad = Module._load;
Module._load = function load(request, ...rest) {
  if (request === 'got') return offlineGot;
  return originalLoad.call(this, request, ...rest);
};
