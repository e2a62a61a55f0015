// The start page: the links the user's groups give access to.
(async function () {
  'use strict';
  const session = await Bofast.start();
  if (session && document.querySelectorAll('ul.links li:not([hidden])').length === 0) {
    document.getElementById('nothing').hidden = false;
  }
}());
