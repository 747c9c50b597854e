/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $String = $util.global.String, $Array = $util.global.Array, $isFinite = $util.global.isFinite, $Boolean = $util.global.Boolean, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const moqlab = $root.moqlab = (() => {

    /**
     * Namespace moqlab.
     * @exports moqlab
     * @namespace
     */
    const moqlab = {};

    moqlab.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof moqlab
         * @namespace
         */
        const v1 = {};

        v1.Hello = (function() {

            /**
             * Properties of a Hello.
             * @typedef {Object} moqlab.v1.Hello.$Properties
             * @property {number|null} [protocolVersion] Hello protocolVersion
             * @property {string|null} [controllerVersion] Hello controllerVersion
             * @property {number|null} [heartbeatIntervalMs] Hello heartbeatIntervalMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Hello.
             * @memberof moqlab.v1
             * @interface IHello
             * @augments moqlab.v1.Hello.$Properties
             * @deprecated Use moqlab.v1.Hello.$Properties instead.
             */

            /**
             * Shape of a Hello.
             * @typedef {moqlab.v1.Hello.$Properties} moqlab.v1.Hello.$Shape
             */

            /**
             * Constructs a new Hello.
             * @memberof moqlab.v1
             * @classdesc Represents a Hello.
             * @constructor
             * @param {moqlab.v1.Hello.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Hello = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Hello protocolVersion.
             * @member {number} protocolVersion
             * @memberof moqlab.v1.Hello
             * @instance
             */
            Hello.prototype.protocolVersion = 0;

            /**
             * Hello controllerVersion.
             * @member {string} controllerVersion
             * @memberof moqlab.v1.Hello
             * @instance
             */
            Hello.prototype.controllerVersion = "";

            /**
             * Hello heartbeatIntervalMs.
             * @member {number} heartbeatIntervalMs
             * @memberof moqlab.v1.Hello
             * @instance
             */
            Hello.prototype.heartbeatIntervalMs = 0;

            /**
             * Creates a new Hello instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.Hello
             * @static
             * @param {moqlab.v1.Hello.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.Hello} Hello instance
             * @type {{
             *   (properties: moqlab.v1.Hello.$Shape): moqlab.v1.Hello & moqlab.v1.Hello.$Shape;
             *   (properties?: moqlab.v1.Hello.$Properties): moqlab.v1.Hello;
             * }}
             */
            Hello.create = function(properties) {
                return new Hello(properties);
            };

            /**
             * Encodes the specified Hello message. Does not implicitly {@link moqlab.v1.Hello.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.Hello
             * @static
             * @param {moqlab.v1.Hello.$Properties} message Hello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hello.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.controllerVersion != null && $Object.hasOwnProperty.call(message, "controllerVersion") && message.controllerVersion !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.controllerVersion);
                if (message.heartbeatIntervalMs != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalMs") && message.heartbeatIntervalMs !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.heartbeatIntervalMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.Hello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.Hello & moqlab.v1.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hello.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.Hello();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.controllerVersion = value;
                            else
                                delete message.controllerVersion;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.heartbeatIntervalMs = value;
                            else
                                delete message.heartbeatIntervalMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Hello message.
             * @function verify
             * @memberof moqlab.v1.Hello
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Hello.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    if (!$util.isInteger(message.protocolVersion))
                        return "protocolVersion: integer expected";
                if (message.controllerVersion != null && $Object.hasOwnProperty.call(message, "controllerVersion"))
                    if (!$util.isString(message.controllerVersion))
                        return "controllerVersion: string expected";
                if (message.heartbeatIntervalMs != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalMs"))
                    if (!$util.isInteger(message.heartbeatIntervalMs))
                        return "heartbeatIntervalMs: integer expected";
                return null;
            };

            /**
             * Creates a Hello message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.Hello
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.Hello} Hello
             */
            Hello.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.Hello)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.Hello: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.Hello();
                if (object.protocolVersion != null)
                    if ($Number(object.protocolVersion) !== 0)
                        message.protocolVersion = object.protocolVersion >>> 0;
                if (object.controllerVersion != null)
                    if (typeof object.controllerVersion !== "string" || object.controllerVersion.length)
                        message.controllerVersion = $String(object.controllerVersion);
                if (object.heartbeatIntervalMs != null)
                    if ($Number(object.heartbeatIntervalMs) !== 0)
                        message.heartbeatIntervalMs = object.heartbeatIntervalMs >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a Hello message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.Hello
             * @static
             * @param {moqlab.v1.Hello} message Hello
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Hello.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.protocolVersion = 0;
                    object.controllerVersion = "";
                    object.heartbeatIntervalMs = 0;
                }
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    object.protocolVersion = message.protocolVersion;
                if (message.controllerVersion != null && $Object.hasOwnProperty.call(message, "controllerVersion"))
                    object.controllerVersion = message.controllerVersion;
                if (message.heartbeatIntervalMs != null && $Object.hasOwnProperty.call(message, "heartbeatIntervalMs"))
                    object.heartbeatIntervalMs = message.heartbeatIntervalMs;
                return object;
            };

            /**
             * Converts this Hello to JSON.
             * @function toJSON
             * @memberof moqlab.v1.Hello
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Hello.prototype.toJSON = function() {
                return Hello.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Hello;
        })();

        v1.HelloResult = (function() {

            /**
             * Properties of a HelloResult.
             * @typedef {Object} moqlab.v1.HelloResult.$Properties
             * @property {number|null} [protocolVersion] HelloResult protocolVersion
             * @property {string|null} [workerVersion] HelloResult workerVersion
             * @property {moqlab.v1.Capabilities.$Properties|null} [capabilities] HelloResult capabilities
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HelloResult.
             * @memberof moqlab.v1
             * @interface IHelloResult
             * @augments moqlab.v1.HelloResult.$Properties
             * @deprecated Use moqlab.v1.HelloResult.$Properties instead.
             */

            /**
             * Shape of a HelloResult.
             * @typedef {moqlab.v1.HelloResult.$Properties} moqlab.v1.HelloResult.$Shape
             */

            /**
             * Constructs a new HelloResult.
             * @memberof moqlab.v1
             * @classdesc Represents a HelloResult.
             * @constructor
             * @param {moqlab.v1.HelloResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HelloResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HelloResult protocolVersion.
             * @member {number} protocolVersion
             * @memberof moqlab.v1.HelloResult
             * @instance
             */
            HelloResult.prototype.protocolVersion = 0;

            /**
             * HelloResult workerVersion.
             * @member {string} workerVersion
             * @memberof moqlab.v1.HelloResult
             * @instance
             */
            HelloResult.prototype.workerVersion = "";

            /**
             * HelloResult capabilities.
             * @member {moqlab.v1.Capabilities.$Properties|null|undefined} capabilities
             * @memberof moqlab.v1.HelloResult
             * @instance
             */
            HelloResult.prototype.capabilities = null;

            /**
             * Creates a new HelloResult instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.HelloResult
             * @static
             * @param {moqlab.v1.HelloResult.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.HelloResult} HelloResult instance
             * @type {{
             *   (properties: moqlab.v1.HelloResult.$Shape): moqlab.v1.HelloResult & moqlab.v1.HelloResult.$Shape;
             *   (properties?: moqlab.v1.HelloResult.$Properties): moqlab.v1.HelloResult;
             * }}
             */
            HelloResult.create = function(properties) {
                return new HelloResult(properties);
            };

            /**
             * Encodes the specified HelloResult message. Does not implicitly {@link moqlab.v1.HelloResult.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.HelloResult
             * @static
             * @param {moqlab.v1.HelloResult.$Properties} message HelloResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HelloResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.protocolVersion);
                if (message.workerVersion != null && $Object.hasOwnProperty.call(message, "workerVersion") && message.workerVersion !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.workerVersion);
                if (message.capabilities != null && $Object.hasOwnProperty.call(message, "capabilities"))
                    $root.moqlab.v1.Capabilities.encode(message.capabilities, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HelloResult message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.HelloResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.HelloResult & moqlab.v1.HelloResult.$Shape} HelloResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HelloResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.HelloResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workerVersion = value;
                            else
                                delete message.workerVersion;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.capabilities = $root.moqlab.v1.Capabilities.decode(reader, reader.size(), $undefined, _depth + 1, message.capabilities);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a HelloResult message.
             * @function verify
             * @memberof moqlab.v1.HelloResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HelloResult.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    if (!$util.isInteger(message.protocolVersion))
                        return "protocolVersion: integer expected";
                if (message.workerVersion != null && $Object.hasOwnProperty.call(message, "workerVersion"))
                    if (!$util.isString(message.workerVersion))
                        return "workerVersion: string expected";
                if (message.capabilities != null && $Object.hasOwnProperty.call(message, "capabilities")) {
                    let error = $root.moqlab.v1.Capabilities.verify(message.capabilities, _depth + 1);
                    if (error)
                        return "capabilities." + error;
                }
                return null;
            };

            /**
             * Creates a HelloResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.HelloResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.HelloResult} HelloResult
             */
            HelloResult.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.HelloResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.HelloResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.HelloResult();
                if (object.protocolVersion != null)
                    if ($Number(object.protocolVersion) !== 0)
                        message.protocolVersion = object.protocolVersion >>> 0;
                if (object.workerVersion != null)
                    if (typeof object.workerVersion !== "string" || object.workerVersion.length)
                        message.workerVersion = $String(object.workerVersion);
                if (object.capabilities != null) {
                    if (!$util.isObject(object.capabilities))
                        throw $TypeError(".moqlab.v1.HelloResult.capabilities: object expected");
                    message.capabilities = $root.moqlab.v1.Capabilities.fromObject(object.capabilities, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a HelloResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.HelloResult
             * @static
             * @param {moqlab.v1.HelloResult} message HelloResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HelloResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.protocolVersion = 0;
                    object.workerVersion = "";
                    object.capabilities = null;
                }
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    object.protocolVersion = message.protocolVersion;
                if (message.workerVersion != null && $Object.hasOwnProperty.call(message, "workerVersion"))
                    object.workerVersion = message.workerVersion;
                if (message.capabilities != null && $Object.hasOwnProperty.call(message, "capabilities"))
                    object.capabilities = $root.moqlab.v1.Capabilities.toObject(message.capabilities, options, _depth + 1);
                return object;
            };

            /**
             * Converts this HelloResult to JSON.
             * @function toJSON
             * @memberof moqlab.v1.HelloResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HelloResult.prototype.toJSON = function() {
                return HelloResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            return HelloResult;
        })();

        /**
         * ZmqBinding enum.
         * @name moqlab.v1.ZmqBinding
         * @enum {number}
         * @property {number} ZMQ_BINDING_UNSPECIFIED=0 ZMQ_BINDING_UNSPECIFIED value
         * @property {number} ZMQ_BINDING_PYZMQ=1 ZMQ_BINDING_PYZMQ value
         * @property {number} ZMQ_BINDING_CTYPES=2 ZMQ_BINDING_CTYPES value
         */
        v1.ZmqBinding = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ZMQ_BINDING_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ZMQ_BINDING_PYZMQ"] = 1;
            values[valuesById[2] = "ZMQ_BINDING_CTYPES"] = 2;
            return values;
        })();

        v1.Device = (function() {

            /**
             * Properties of a Device.
             * @typedef {Object} moqlab.v1.Device.$Properties
             * @property {string|null} [name] Device name
             * @property {string|null} [description] Device description
             * @property {number|null} [totalMemoryBytes] Device totalMemoryBytes
             * @property {Array.<string>|null} [dtypes] Device dtypes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Device.
             * @memberof moqlab.v1
             * @interface IDevice
             * @augments moqlab.v1.Device.$Properties
             * @deprecated Use moqlab.v1.Device.$Properties instead.
             */

            /**
             * Shape of a Device.
             * @typedef {moqlab.v1.Device.$Properties} moqlab.v1.Device.$Shape
             */

            /**
             * Constructs a new Device.
             * @memberof moqlab.v1
             * @classdesc Represents a Device.
             * @constructor
             * @param {moqlab.v1.Device.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Device = function (properties) {
                this.dtypes = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Device name.
             * @member {string} name
             * @memberof moqlab.v1.Device
             * @instance
             */
            Device.prototype.name = "";

            /**
             * Device description.
             * @member {string} description
             * @memberof moqlab.v1.Device
             * @instance
             */
            Device.prototype.description = "";

            /**
             * Device totalMemoryBytes.
             * @member {number} totalMemoryBytes
             * @memberof moqlab.v1.Device
             * @instance
             */
            Device.prototype.totalMemoryBytes = 0;

            /**
             * Device dtypes.
             * @member {Array.<string>} dtypes
             * @memberof moqlab.v1.Device
             * @instance
             */
            Device.prototype.dtypes = $util.emptyArray;

            /**
             * Creates a new Device instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.Device
             * @static
             * @param {moqlab.v1.Device.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.Device} Device instance
             * @type {{
             *   (properties: moqlab.v1.Device.$Shape): moqlab.v1.Device & moqlab.v1.Device.$Shape;
             *   (properties?: moqlab.v1.Device.$Properties): moqlab.v1.Device;
             * }}
             */
            Device.create = function(properties) {
                return new Device(properties);
            };

            /**
             * Encodes the specified Device message. Does not implicitly {@link moqlab.v1.Device.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.Device
             * @static
             * @param {moqlab.v1.Device.$Properties} message Device message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Device.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description") && message.description !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.description);
                if (message.totalMemoryBytes != null && $Object.hasOwnProperty.call(message, "totalMemoryBytes") && !$Object.is(message.totalMemoryBytes, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.totalMemoryBytes);
                if (message.dtypes != null && message.dtypes.length)
                    for (let i = 0; i < message.dtypes.length; ++i)
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.dtypes[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Device message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.Device
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.Device & moqlab.v1.Device.$Shape} Device
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Device.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.Device();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.description = value;
                            else
                                delete message.description;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.totalMemoryBytes = value;
                            else
                                delete message.totalMemoryBytes;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.dtypes && message.dtypes.length))
                                message.dtypes = [];
                            message.dtypes.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Device message.
             * @function verify
             * @memberof moqlab.v1.Device
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Device.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                    if (!$util.isString(message.description))
                        return "description: string expected";
                if (message.totalMemoryBytes != null && $Object.hasOwnProperty.call(message, "totalMemoryBytes"))
                    if (typeof message.totalMemoryBytes !== "number")
                        return "totalMemoryBytes: number expected";
                if (message.dtypes != null && $Object.hasOwnProperty.call(message, "dtypes")) {
                    if (!$Array.isArray(message.dtypes))
                        return "dtypes: array expected";
                    for (let i = 0; i < message.dtypes.length; ++i)
                        if (!$util.isString(message.dtypes[i]))
                            return "dtypes: string[] expected";
                }
                return null;
            };

            /**
             * Creates a Device message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.Device
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.Device} Device
             */
            Device.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.Device)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.Device: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.Device();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.description != null)
                    if (typeof object.description !== "string" || object.description.length)
                        message.description = $String(object.description);
                if (object.totalMemoryBytes != null)
                    if (!$Object.is($Number(object.totalMemoryBytes), 0))
                        message.totalMemoryBytes = $Number(object.totalMemoryBytes);
                if (object.dtypes) {
                    if (!$Array.isArray(object.dtypes))
                        throw $TypeError(".moqlab.v1.Device.dtypes: array expected");
                    message.dtypes = $Array(object.dtypes.length);
                    for (let i = 0; i < object.dtypes.length; ++i)
                        message.dtypes[i] = $String(object.dtypes[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a Device message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.Device
             * @static
             * @param {moqlab.v1.Device} message Device
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Device.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.dtypes = [];
                if (options.defaults) {
                    object.name = "";
                    object.description = "";
                    object.totalMemoryBytes = 0;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                    object.description = message.description;
                if (message.totalMemoryBytes != null && $Object.hasOwnProperty.call(message, "totalMemoryBytes"))
                    object.totalMemoryBytes = options.json && !$isFinite(message.totalMemoryBytes) ? $String(message.totalMemoryBytes) : message.totalMemoryBytes;
                if (message.dtypes && message.dtypes.length) {
                    object.dtypes = $Array(message.dtypes.length);
                    for (let j = 0; j < message.dtypes.length; ++j)
                        object.dtypes[j] = message.dtypes[j];
                }
                return object;
            };

            /**
             * Converts this Device to JSON.
             * @function toJSON
             * @memberof moqlab.v1.Device
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Device.prototype.toJSON = function() {
                return Device.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Device;
        })();

        v1.Kernel = (function() {

            /**
             * Properties of a Kernel.
             * @typedef {Object} moqlab.v1.Kernel.$Properties
             * @property {string|null} [name] Kernel name
             * @property {boolean|null} [available] Kernel available
             * @property {string|null} [reason] Kernel reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Kernel.
             * @memberof moqlab.v1
             * @interface IKernel
             * @augments moqlab.v1.Kernel.$Properties
             * @deprecated Use moqlab.v1.Kernel.$Properties instead.
             */

            /**
             * Shape of a Kernel.
             * @typedef {moqlab.v1.Kernel.$Properties} moqlab.v1.Kernel.$Shape
             */

            /**
             * Constructs a new Kernel.
             * @memberof moqlab.v1
             * @classdesc Represents a Kernel.
             * @constructor
             * @param {moqlab.v1.Kernel.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Kernel = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Kernel name.
             * @member {string} name
             * @memberof moqlab.v1.Kernel
             * @instance
             */
            Kernel.prototype.name = "";

            /**
             * Kernel available.
             * @member {boolean} available
             * @memberof moqlab.v1.Kernel
             * @instance
             */
            Kernel.prototype.available = false;

            /**
             * Kernel reason.
             * @member {string} reason
             * @memberof moqlab.v1.Kernel
             * @instance
             */
            Kernel.prototype.reason = "";

            /**
             * Creates a new Kernel instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.Kernel
             * @static
             * @param {moqlab.v1.Kernel.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.Kernel} Kernel instance
             * @type {{
             *   (properties: moqlab.v1.Kernel.$Shape): moqlab.v1.Kernel & moqlab.v1.Kernel.$Shape;
             *   (properties?: moqlab.v1.Kernel.$Properties): moqlab.v1.Kernel;
             * }}
             */
            Kernel.create = function(properties) {
                return new Kernel(properties);
            };

            /**
             * Encodes the specified Kernel message. Does not implicitly {@link moqlab.v1.Kernel.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.Kernel
             * @static
             * @param {moqlab.v1.Kernel.$Properties} message Kernel message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Kernel.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.available != null && $Object.hasOwnProperty.call(message, "available") && message.available !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.available);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Kernel message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.Kernel
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.Kernel & moqlab.v1.Kernel.$Shape} Kernel
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Kernel.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.Kernel();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.available = value;
                            else
                                delete message.available;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Kernel message.
             * @function verify
             * @memberof moqlab.v1.Kernel
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Kernel.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.available != null && $Object.hasOwnProperty.call(message, "available"))
                    if (typeof message.available !== "boolean")
                        return "available: boolean expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            /**
             * Creates a Kernel message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.Kernel
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.Kernel} Kernel
             */
            Kernel.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.Kernel)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.Kernel: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.Kernel();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.available != null)
                    if (object.available)
                        message.available = $Boolean(object.available);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a Kernel message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.Kernel
             * @static
             * @param {moqlab.v1.Kernel} message Kernel
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Kernel.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.available = false;
                    object.reason = "";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.available != null && $Object.hasOwnProperty.call(message, "available"))
                    object.available = message.available;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this Kernel to JSON.
             * @function toJSON
             * @memberof moqlab.v1.Kernel
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Kernel.prototype.toJSON = function() {
                return Kernel.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Kernel;
        })();

        v1.Capabilities = (function() {

            /**
             * Properties of a Capabilities.
             * @typedef {Object} moqlab.v1.Capabilities.$Properties
             * @property {string|null} [pythonVersion] Capabilities pythonVersion
             * @property {string|null} [pythonExecutable] Capabilities pythonExecutable
             * @property {string|null} [torchVersion] Capabilities torchVersion
             * @property {string|null} [torchError] Capabilities torchError
             * @property {string|null} [protobufVersion] Capabilities protobufVersion
             * @property {string|null} [protobufImplementation] Capabilities protobufImplementation
             * @property {string|null} [zmqVersion] Capabilities zmqVersion
             * @property {moqlab.v1.ZmqBinding|null} [zmqBinding] Capabilities zmqBinding
             * @property {boolean|null} [cudaAvailable] Capabilities cudaAvailable
             * @property {string|null} [cudaVersion] Capabilities cudaVersion
             * @property {Array.<moqlab.v1.Device.$Properties>|null} [devices] Capabilities devices
             * @property {Array.<moqlab.v1.Kernel.$Properties>|null} [kernels] Capabilities kernels
             * @property {number|null} [pid] Capabilities pid
             * @property {string|null} [hostname] Capabilities hostname
             * @property {number|null} [numThreads] Capabilities numThreads
             * @property {string|null} [platform] Capabilities platform
             * @property {string|null} [transformersVersion] Capabilities transformersVersion
             * @property {number|null} [worldSize] Capabilities worldSize
             * @property {string|null} [distributedBackend] Capabilities distributedBackend
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Capabilities.
             * @memberof moqlab.v1
             * @interface ICapabilities
             * @augments moqlab.v1.Capabilities.$Properties
             * @deprecated Use moqlab.v1.Capabilities.$Properties instead.
             */

            /**
             * Shape of a Capabilities.
             * @typedef {moqlab.v1.Capabilities.$Properties} moqlab.v1.Capabilities.$Shape
             */

            /**
             * Constructs a new Capabilities.
             * @memberof moqlab.v1
             * @classdesc Represents a Capabilities.
             * @constructor
             * @param {moqlab.v1.Capabilities.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Capabilities = function (properties) {
                this.devices = [];
                this.kernels = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Capabilities pythonVersion.
             * @member {string} pythonVersion
             * @memberof moqlab.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.pythonVersion = "";

            /**
             * Capabilities pythonExecutable.
             * @member {string} pythonExecutable
             * @memberof moqlab.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.pythonExecutable = "";

            /**
             * Capabilities torchVersion.
             * @member {string} torchVersion
             * @memberof moqlab.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.torchVersion = "";

            /**
             * Capabilities torchError.
             * @member {string} torchError
             * @memberof moqlab.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.torchError = "";

            /**
             * Capabilities protobufVersion.
             * @member {string} protobufVersion
             * @memberof moqlab.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.protobufVersion = "";

            /**
             * Capabilities protobufImplementation.
             * @member {string} protobufImplementation
             * @memberof moqlab.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.protobufImplementation = "";

            /**
             * Capabilities zmqVersion.
             * @member {string} zmqVersion
             * @memberof moqlab.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.zmqVersion = "";

            /**
             * Capabilities zmqBinding.
             * @member {moqlab.v1.ZmqBinding} zmqBinding
             * @memberof moqlab.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.zmqBinding = 0;

            /**
             * Capabilities cudaAvailable.
             * @member {boolean} cudaAvailable
             * @memberof moqlab.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.cudaAvailable = false;

            /**
             * Capabilities cudaVersion.
             * @member {string} cudaVersion
             * @memberof moqlab.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.cudaVersion = "";

            /**
             * Capabilities devices.
             * @member {Array.<moqlab.v1.Device.$Properties>} devices
             * @memberof moqlab.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.devices = $util.emptyArray;

            /**
             * Capabilities kernels.
             * @member {Array.<moqlab.v1.Kernel.$Properties>} kernels
             * @memberof moqlab.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.kernels = $util.emptyArray;

            /**
             * Capabilities pid.
             * @member {number} pid
             * @memberof moqlab.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.pid = 0;

            /**
             * Capabilities hostname.
             * @member {string} hostname
             * @memberof moqlab.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.hostname = "";

            /**
             * Capabilities numThreads.
             * @member {number} numThreads
             * @memberof moqlab.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.numThreads = 0;

            /**
             * Capabilities platform.
             * @member {string} platform
             * @memberof moqlab.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.platform = "";

            /**
             * Capabilities transformersVersion.
             * @member {string} transformersVersion
             * @memberof moqlab.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.transformersVersion = "";

            /**
             * Capabilities worldSize.
             * @member {number} worldSize
             * @memberof moqlab.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.worldSize = 0;

            /**
             * Capabilities distributedBackend.
             * @member {string} distributedBackend
             * @memberof moqlab.v1.Capabilities
             * @instance
             */
            Capabilities.prototype.distributedBackend = "";

            /**
             * Creates a new Capabilities instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.Capabilities
             * @static
             * @param {moqlab.v1.Capabilities.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.Capabilities} Capabilities instance
             * @type {{
             *   (properties: moqlab.v1.Capabilities.$Shape): moqlab.v1.Capabilities & moqlab.v1.Capabilities.$Shape;
             *   (properties?: moqlab.v1.Capabilities.$Properties): moqlab.v1.Capabilities;
             * }}
             */
            Capabilities.create = function(properties) {
                return new Capabilities(properties);
            };

            /**
             * Encodes the specified Capabilities message. Does not implicitly {@link moqlab.v1.Capabilities.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.Capabilities
             * @static
             * @param {moqlab.v1.Capabilities.$Properties} message Capabilities message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Capabilities.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.pythonVersion != null && $Object.hasOwnProperty.call(message, "pythonVersion") && message.pythonVersion !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.pythonVersion);
                if (message.pythonExecutable != null && $Object.hasOwnProperty.call(message, "pythonExecutable") && message.pythonExecutable !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.pythonExecutable);
                if (message.torchVersion != null && $Object.hasOwnProperty.call(message, "torchVersion") && message.torchVersion !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.torchVersion);
                if (message.torchError != null && $Object.hasOwnProperty.call(message, "torchError") && message.torchError !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.torchError);
                if (message.protobufVersion != null && $Object.hasOwnProperty.call(message, "protobufVersion") && message.protobufVersion !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.protobufVersion);
                if (message.protobufImplementation != null && $Object.hasOwnProperty.call(message, "protobufImplementation") && message.protobufImplementation !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.protobufImplementation);
                if (message.zmqVersion != null && $Object.hasOwnProperty.call(message, "zmqVersion") && message.zmqVersion !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.zmqVersion);
                if (message.zmqBinding != null && $Object.hasOwnProperty.call(message, "zmqBinding") && message.zmqBinding !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).int32(message.zmqBinding);
                if (message.cudaAvailable != null && $Object.hasOwnProperty.call(message, "cudaAvailable") && message.cudaAvailable !== false)
                    writer.uint32(/* id 9, wireType 0 =*/72).bool(message.cudaAvailable);
                if (message.cudaVersion != null && $Object.hasOwnProperty.call(message, "cudaVersion") && message.cudaVersion !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.cudaVersion);
                if (message.devices != null && message.devices.length)
                    for (let i = 0; i < message.devices.length; ++i)
                        $root.moqlab.v1.Device.encode(message.devices[i], writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.kernels != null && message.kernels.length)
                    for (let i = 0; i < message.kernels.length; ++i)
                        $root.moqlab.v1.Kernel.encode(message.kernels[i], writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                    writer.uint32(/* id 13, wireType 0 =*/104).uint32(message.pid);
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname") && message.hostname !== "")
                    writer.uint32(/* id 14, wireType 2 =*/114).string(message.hostname);
                if (message.numThreads != null && $Object.hasOwnProperty.call(message, "numThreads") && message.numThreads !== 0)
                    writer.uint32(/* id 15, wireType 0 =*/120).uint32(message.numThreads);
                if (message.platform != null && $Object.hasOwnProperty.call(message, "platform") && message.platform !== "")
                    writer.uint32(/* id 16, wireType 2 =*/130).string(message.platform);
                if (message.transformersVersion != null && $Object.hasOwnProperty.call(message, "transformersVersion") && message.transformersVersion !== "")
                    writer.uint32(/* id 17, wireType 2 =*/138).string(message.transformersVersion);
                if (message.worldSize != null && $Object.hasOwnProperty.call(message, "worldSize") && message.worldSize !== 0)
                    writer.uint32(/* id 18, wireType 0 =*/144).uint32(message.worldSize);
                if (message.distributedBackend != null && $Object.hasOwnProperty.call(message, "distributedBackend") && message.distributedBackend !== "")
                    writer.uint32(/* id 19, wireType 2 =*/154).string(message.distributedBackend);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Capabilities message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.Capabilities
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.Capabilities & moqlab.v1.Capabilities.$Shape} Capabilities
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Capabilities.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.Capabilities();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.pythonVersion = value;
                            else
                                delete message.pythonVersion;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.pythonExecutable = value;
                            else
                                delete message.pythonExecutable;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.torchVersion = value;
                            else
                                delete message.torchVersion;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.torchError = value;
                            else
                                delete message.torchError;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.protobufVersion = value;
                            else
                                delete message.protobufVersion;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.protobufImplementation = value;
                            else
                                delete message.protobufImplementation;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.zmqVersion = value;
                            else
                                delete message.zmqVersion;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.zmqBinding = value;
                            else
                                delete message.zmqBinding;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.cudaAvailable = value;
                            else
                                delete message.cudaAvailable;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.cudaVersion = value;
                            else
                                delete message.cudaVersion;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if (!(message.devices && message.devices.length))
                                message.devices = [];
                            message.devices.push($root.moqlab.v1.Device.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if (!(message.kernels && message.kernels.length))
                                message.kernels = [];
                            message.kernels.push($root.moqlab.v1.Kernel.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.pid = value;
                            else
                                delete message.pid;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostname = value;
                            else
                                delete message.hostname;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.numThreads = value;
                            else
                                delete message.numThreads;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.platform = value;
                            else
                                delete message.platform;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.transformersVersion = value;
                            else
                                delete message.transformersVersion;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.worldSize = value;
                            else
                                delete message.worldSize;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.distributedBackend = value;
                            else
                                delete message.distributedBackend;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Capabilities message.
             * @function verify
             * @memberof moqlab.v1.Capabilities
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Capabilities.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.pythonVersion != null && $Object.hasOwnProperty.call(message, "pythonVersion"))
                    if (!$util.isString(message.pythonVersion))
                        return "pythonVersion: string expected";
                if (message.pythonExecutable != null && $Object.hasOwnProperty.call(message, "pythonExecutable"))
                    if (!$util.isString(message.pythonExecutable))
                        return "pythonExecutable: string expected";
                if (message.torchVersion != null && $Object.hasOwnProperty.call(message, "torchVersion"))
                    if (!$util.isString(message.torchVersion))
                        return "torchVersion: string expected";
                if (message.torchError != null && $Object.hasOwnProperty.call(message, "torchError"))
                    if (!$util.isString(message.torchError))
                        return "torchError: string expected";
                if (message.protobufVersion != null && $Object.hasOwnProperty.call(message, "protobufVersion"))
                    if (!$util.isString(message.protobufVersion))
                        return "protobufVersion: string expected";
                if (message.protobufImplementation != null && $Object.hasOwnProperty.call(message, "protobufImplementation"))
                    if (!$util.isString(message.protobufImplementation))
                        return "protobufImplementation: string expected";
                if (message.zmqVersion != null && $Object.hasOwnProperty.call(message, "zmqVersion"))
                    if (!$util.isString(message.zmqVersion))
                        return "zmqVersion: string expected";
                if (message.zmqBinding != null && $Object.hasOwnProperty.call(message, "zmqBinding"))
                    if (typeof message.zmqBinding !== "number" || (message.zmqBinding | 0) !== message.zmqBinding)
                        return "zmqBinding: enum value expected";
                if (message.cudaAvailable != null && $Object.hasOwnProperty.call(message, "cudaAvailable"))
                    if (typeof message.cudaAvailable !== "boolean")
                        return "cudaAvailable: boolean expected";
                if (message.cudaVersion != null && $Object.hasOwnProperty.call(message, "cudaVersion"))
                    if (!$util.isString(message.cudaVersion))
                        return "cudaVersion: string expected";
                if (message.devices != null && $Object.hasOwnProperty.call(message, "devices")) {
                    if (!$Array.isArray(message.devices))
                        return "devices: array expected";
                    for (let i = 0; i < message.devices.length; ++i) {
                        let error = $root.moqlab.v1.Device.verify(message.devices[i], _depth + 1);
                        if (error)
                            return "devices." + error;
                    }
                }
                if (message.kernels != null && $Object.hasOwnProperty.call(message, "kernels")) {
                    if (!$Array.isArray(message.kernels))
                        return "kernels: array expected";
                    for (let i = 0; i < message.kernels.length; ++i) {
                        let error = $root.moqlab.v1.Kernel.verify(message.kernels[i], _depth + 1);
                        if (error)
                            return "kernels." + error;
                    }
                }
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                    if (!$util.isInteger(message.pid))
                        return "pid: integer expected";
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    if (!$util.isString(message.hostname))
                        return "hostname: string expected";
                if (message.numThreads != null && $Object.hasOwnProperty.call(message, "numThreads"))
                    if (!$util.isInteger(message.numThreads))
                        return "numThreads: integer expected";
                if (message.platform != null && $Object.hasOwnProperty.call(message, "platform"))
                    if (!$util.isString(message.platform))
                        return "platform: string expected";
                if (message.transformersVersion != null && $Object.hasOwnProperty.call(message, "transformersVersion"))
                    if (!$util.isString(message.transformersVersion))
                        return "transformersVersion: string expected";
                if (message.worldSize != null && $Object.hasOwnProperty.call(message, "worldSize"))
                    if (!$util.isInteger(message.worldSize))
                        return "worldSize: integer expected";
                if (message.distributedBackend != null && $Object.hasOwnProperty.call(message, "distributedBackend"))
                    if (!$util.isString(message.distributedBackend))
                        return "distributedBackend: string expected";
                return null;
            };

            /**
             * Creates a Capabilities message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.Capabilities
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.Capabilities} Capabilities
             */
            Capabilities.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.Capabilities)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.Capabilities: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.Capabilities();
                if (object.pythonVersion != null)
                    if (typeof object.pythonVersion !== "string" || object.pythonVersion.length)
                        message.pythonVersion = $String(object.pythonVersion);
                if (object.pythonExecutable != null)
                    if (typeof object.pythonExecutable !== "string" || object.pythonExecutable.length)
                        message.pythonExecutable = $String(object.pythonExecutable);
                if (object.torchVersion != null)
                    if (typeof object.torchVersion !== "string" || object.torchVersion.length)
                        message.torchVersion = $String(object.torchVersion);
                if (object.torchError != null)
                    if (typeof object.torchError !== "string" || object.torchError.length)
                        message.torchError = $String(object.torchError);
                if (object.protobufVersion != null)
                    if (typeof object.protobufVersion !== "string" || object.protobufVersion.length)
                        message.protobufVersion = $String(object.protobufVersion);
                if (object.protobufImplementation != null)
                    if (typeof object.protobufImplementation !== "string" || object.protobufImplementation.length)
                        message.protobufImplementation = $String(object.protobufImplementation);
                if (object.zmqVersion != null)
                    if (typeof object.zmqVersion !== "string" || object.zmqVersion.length)
                        message.zmqVersion = $String(object.zmqVersion);
                if (object.zmqBinding !== 0 && (typeof object.zmqBinding !== "string" || $root.moqlab.v1.ZmqBinding[object.zmqBinding] !== 0))
                    switch (object.zmqBinding) {
                    case "ZMQ_BINDING_UNSPECIFIED":
                    case 0:
                        message.zmqBinding = 0;
                        break;
                    case "ZMQ_BINDING_PYZMQ":
                    case 1:
                        message.zmqBinding = 1;
                        break;
                    case "ZMQ_BINDING_CTYPES":
                    case 2:
                        message.zmqBinding = 2;
                        break;
                    default:
                        if (typeof object.zmqBinding === "number" && (object.zmqBinding | 0) === object.zmqBinding)
                            message.zmqBinding = object.zmqBinding;
                    }
                if (object.cudaAvailable != null)
                    if (object.cudaAvailable)
                        message.cudaAvailable = $Boolean(object.cudaAvailable);
                if (object.cudaVersion != null)
                    if (typeof object.cudaVersion !== "string" || object.cudaVersion.length)
                        message.cudaVersion = $String(object.cudaVersion);
                if (object.devices) {
                    if (!$Array.isArray(object.devices))
                        throw $TypeError(".moqlab.v1.Capabilities.devices: array expected");
                    message.devices = $Array(object.devices.length);
                    for (let i = 0; i < object.devices.length; ++i) {
                        if (!$util.isObject(object.devices[i]))
                            throw $TypeError(".moqlab.v1.Capabilities.devices: object expected");
                        message.devices[i] = $root.moqlab.v1.Device.fromObject(object.devices[i], _depth + 1);
                    }
                }
                if (object.kernels) {
                    if (!$Array.isArray(object.kernels))
                        throw $TypeError(".moqlab.v1.Capabilities.kernels: array expected");
                    message.kernels = $Array(object.kernels.length);
                    for (let i = 0; i < object.kernels.length; ++i) {
                        if (!$util.isObject(object.kernels[i]))
                            throw $TypeError(".moqlab.v1.Capabilities.kernels: object expected");
                        message.kernels[i] = $root.moqlab.v1.Kernel.fromObject(object.kernels[i], _depth + 1);
                    }
                }
                if (object.pid != null)
                    if ($Number(object.pid) !== 0)
                        message.pid = object.pid >>> 0;
                if (object.hostname != null)
                    if (typeof object.hostname !== "string" || object.hostname.length)
                        message.hostname = $String(object.hostname);
                if (object.numThreads != null)
                    if ($Number(object.numThreads) !== 0)
                        message.numThreads = object.numThreads >>> 0;
                if (object.platform != null)
                    if (typeof object.platform !== "string" || object.platform.length)
                        message.platform = $String(object.platform);
                if (object.transformersVersion != null)
                    if (typeof object.transformersVersion !== "string" || object.transformersVersion.length)
                        message.transformersVersion = $String(object.transformersVersion);
                if (object.worldSize != null)
                    if ($Number(object.worldSize) !== 0)
                        message.worldSize = object.worldSize >>> 0;
                if (object.distributedBackend != null)
                    if (typeof object.distributedBackend !== "string" || object.distributedBackend.length)
                        message.distributedBackend = $String(object.distributedBackend);
                return message;
            };

            /**
             * Creates a plain object from a Capabilities message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.Capabilities
             * @static
             * @param {moqlab.v1.Capabilities} message Capabilities
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Capabilities.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.devices = [];
                    object.kernels = [];
                }
                if (options.defaults) {
                    object.pythonVersion = "";
                    object.pythonExecutable = "";
                    object.torchVersion = "";
                    object.torchError = "";
                    object.protobufVersion = "";
                    object.protobufImplementation = "";
                    object.zmqVersion = "";
                    object.zmqBinding = options.enums === $String ? "ZMQ_BINDING_UNSPECIFIED" : 0;
                    object.cudaAvailable = false;
                    object.cudaVersion = "";
                    object.pid = 0;
                    object.hostname = "";
                    object.numThreads = 0;
                    object.platform = "";
                    object.transformersVersion = "";
                    object.worldSize = 0;
                    object.distributedBackend = "";
                }
                if (message.pythonVersion != null && $Object.hasOwnProperty.call(message, "pythonVersion"))
                    object.pythonVersion = message.pythonVersion;
                if (message.pythonExecutable != null && $Object.hasOwnProperty.call(message, "pythonExecutable"))
                    object.pythonExecutable = message.pythonExecutable;
                if (message.torchVersion != null && $Object.hasOwnProperty.call(message, "torchVersion"))
                    object.torchVersion = message.torchVersion;
                if (message.torchError != null && $Object.hasOwnProperty.call(message, "torchError"))
                    object.torchError = message.torchError;
                if (message.protobufVersion != null && $Object.hasOwnProperty.call(message, "protobufVersion"))
                    object.protobufVersion = message.protobufVersion;
                if (message.protobufImplementation != null && $Object.hasOwnProperty.call(message, "protobufImplementation"))
                    object.protobufImplementation = message.protobufImplementation;
                if (message.zmqVersion != null && $Object.hasOwnProperty.call(message, "zmqVersion"))
                    object.zmqVersion = message.zmqVersion;
                if (message.zmqBinding != null && $Object.hasOwnProperty.call(message, "zmqBinding"))
                    object.zmqBinding = options.enums === $String ? $root.moqlab.v1.ZmqBinding[message.zmqBinding] === $undefined ? message.zmqBinding : $root.moqlab.v1.ZmqBinding[message.zmqBinding] : message.zmqBinding;
                if (message.cudaAvailable != null && $Object.hasOwnProperty.call(message, "cudaAvailable"))
                    object.cudaAvailable = message.cudaAvailable;
                if (message.cudaVersion != null && $Object.hasOwnProperty.call(message, "cudaVersion"))
                    object.cudaVersion = message.cudaVersion;
                if (message.devices && message.devices.length) {
                    object.devices = $Array(message.devices.length);
                    for (let j = 0; j < message.devices.length; ++j)
                        object.devices[j] = $root.moqlab.v1.Device.toObject(message.devices[j], options, _depth + 1);
                }
                if (message.kernels && message.kernels.length) {
                    object.kernels = $Array(message.kernels.length);
                    for (let j = 0; j < message.kernels.length; ++j)
                        object.kernels[j] = $root.moqlab.v1.Kernel.toObject(message.kernels[j], options, _depth + 1);
                }
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                    object.pid = message.pid;
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    object.hostname = message.hostname;
                if (message.numThreads != null && $Object.hasOwnProperty.call(message, "numThreads"))
                    object.numThreads = message.numThreads;
                if (message.platform != null && $Object.hasOwnProperty.call(message, "platform"))
                    object.platform = message.platform;
                if (message.transformersVersion != null && $Object.hasOwnProperty.call(message, "transformersVersion"))
                    object.transformersVersion = message.transformersVersion;
                if (message.worldSize != null && $Object.hasOwnProperty.call(message, "worldSize"))
                    object.worldSize = message.worldSize;
                if (message.distributedBackend != null && $Object.hasOwnProperty.call(message, "distributedBackend"))
                    object.distributedBackend = message.distributedBackend;
                return object;
            };

            /**
             * Converts this Capabilities to JSON.
             * @function toJSON
             * @memberof moqlab.v1.Capabilities
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Capabilities.prototype.toJSON = function() {
                return Capabilities.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Capabilities;
        })();

        v1.Ping = (function() {

            /**
             * Properties of a Ping.
             * @typedef {Object} moqlab.v1.Ping.$Properties
             * @property {Uint8Array|null} [payload] Ping payload
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Ping.
             * @memberof moqlab.v1
             * @interface IPing
             * @augments moqlab.v1.Ping.$Properties
             * @deprecated Use moqlab.v1.Ping.$Properties instead.
             */

            /**
             * Shape of a Ping.
             * @typedef {moqlab.v1.Ping.$Properties} moqlab.v1.Ping.$Shape
             */

            /**
             * Constructs a new Ping.
             * @memberof moqlab.v1
             * @classdesc Represents a Ping.
             * @constructor
             * @param {moqlab.v1.Ping.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ping = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Ping payload.
             * @member {Uint8Array} payload
             * @memberof moqlab.v1.Ping
             * @instance
             */
            Ping.prototype.payload = $util.newBuffer([]);

            /**
             * Creates a new Ping instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.Ping
             * @static
             * @param {moqlab.v1.Ping.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.Ping} Ping instance
             * @type {{
             *   (properties: moqlab.v1.Ping.$Shape): moqlab.v1.Ping & moqlab.v1.Ping.$Shape;
             *   (properties?: moqlab.v1.Ping.$Properties): moqlab.v1.Ping;
             * }}
             */
            Ping.create = function(properties) {
                return new Ping(properties);
            };

            /**
             * Encodes the specified Ping message. Does not implicitly {@link moqlab.v1.Ping.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.Ping
             * @static
             * @param {moqlab.v1.Ping.$Properties} message Ping message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ping.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.payload);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Ping message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.Ping
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.Ping & moqlab.v1.Ping.$Shape} Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ping.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.Ping();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Ping message.
             * @function verify
             * @memberof moqlab.v1.Ping
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Ping.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    if (!(message.payload && typeof message.payload.length === "number" || $util.isString(message.payload)))
                        return "payload: buffer expected";
                return null;
            };

            /**
             * Creates a Ping message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.Ping
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.Ping} Ping
             */
            Ping.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.Ping)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.Ping: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.Ping();
                if (object.payload != null)
                    if (object.payload.length)
                        if (typeof object.payload === "string")
                            $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                        else if (object.payload.length >= 0)
                            message.payload = object.payload;
                return message;
            };

            /**
             * Creates a plain object from a Ping message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.Ping
             * @static
             * @param {moqlab.v1.Ping} message Ping
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ping.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if (options.bytes === $String)
                        object.payload = "";
                    else {
                        object.payload = [];
                        if (options.bytes !== $Array)
                            object.payload = $util.newBuffer(object.payload);
                    }
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                return object;
            };

            /**
             * Converts this Ping to JSON.
             * @function toJSON
             * @memberof moqlab.v1.Ping
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ping.prototype.toJSON = function() {
                return Ping.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Ping;
        })();

        v1.Pong = (function() {

            /**
             * Properties of a Pong.
             * @typedef {Object} moqlab.v1.Pong.$Properties
             * @property {Uint8Array|null} [payload] Pong payload
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Pong.
             * @memberof moqlab.v1
             * @interface IPong
             * @augments moqlab.v1.Pong.$Properties
             * @deprecated Use moqlab.v1.Pong.$Properties instead.
             */

            /**
             * Shape of a Pong.
             * @typedef {moqlab.v1.Pong.$Properties} moqlab.v1.Pong.$Shape
             */

            /**
             * Constructs a new Pong.
             * @memberof moqlab.v1
             * @classdesc Represents a Pong.
             * @constructor
             * @param {moqlab.v1.Pong.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Pong = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Pong payload.
             * @member {Uint8Array} payload
             * @memberof moqlab.v1.Pong
             * @instance
             */
            Pong.prototype.payload = $util.newBuffer([]);

            /**
             * Creates a new Pong instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.Pong
             * @static
             * @param {moqlab.v1.Pong.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.Pong} Pong instance
             * @type {{
             *   (properties: moqlab.v1.Pong.$Shape): moqlab.v1.Pong & moqlab.v1.Pong.$Shape;
             *   (properties?: moqlab.v1.Pong.$Properties): moqlab.v1.Pong;
             * }}
             */
            Pong.create = function(properties) {
                return new Pong(properties);
            };

            /**
             * Encodes the specified Pong message. Does not implicitly {@link moqlab.v1.Pong.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.Pong
             * @static
             * @param {moqlab.v1.Pong.$Properties} message Pong message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Pong.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.payload);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Pong message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.Pong
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.Pong & moqlab.v1.Pong.$Shape} Pong
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Pong.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.Pong();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Pong message.
             * @function verify
             * @memberof moqlab.v1.Pong
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Pong.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    if (!(message.payload && typeof message.payload.length === "number" || $util.isString(message.payload)))
                        return "payload: buffer expected";
                return null;
            };

            /**
             * Creates a Pong message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.Pong
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.Pong} Pong
             */
            Pong.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.Pong)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.Pong: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.Pong();
                if (object.payload != null)
                    if (object.payload.length)
                        if (typeof object.payload === "string")
                            $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                        else if (object.payload.length >= 0)
                            message.payload = object.payload;
                return message;
            };

            /**
             * Creates a plain object from a Pong message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.Pong
             * @static
             * @param {moqlab.v1.Pong} message Pong
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Pong.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if (options.bytes === $String)
                        object.payload = "";
                    else {
                        object.payload = [];
                        if (options.bytes !== $Array)
                            object.payload = $util.newBuffer(object.payload);
                    }
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                return object;
            };

            /**
             * Converts this Pong to JSON.
             * @function toJSON
             * @memberof moqlab.v1.Pong
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Pong.prototype.toJSON = function() {
                return Pong.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Pong;
        })();

        v1.Shutdown = (function() {

            /**
             * Properties of a Shutdown.
             * @typedef {Object} moqlab.v1.Shutdown.$Properties
             * @property {string|null} [reason] Shutdown reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Shutdown.
             * @memberof moqlab.v1
             * @interface IShutdown
             * @augments moqlab.v1.Shutdown.$Properties
             * @deprecated Use moqlab.v1.Shutdown.$Properties instead.
             */

            /**
             * Shape of a Shutdown.
             * @typedef {moqlab.v1.Shutdown.$Properties} moqlab.v1.Shutdown.$Shape
             */

            /**
             * Constructs a new Shutdown.
             * @memberof moqlab.v1
             * @classdesc Represents a Shutdown.
             * @constructor
             * @param {moqlab.v1.Shutdown.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Shutdown = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Shutdown reason.
             * @member {string} reason
             * @memberof moqlab.v1.Shutdown
             * @instance
             */
            Shutdown.prototype.reason = "";

            /**
             * Creates a new Shutdown instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.Shutdown
             * @static
             * @param {moqlab.v1.Shutdown.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.Shutdown} Shutdown instance
             * @type {{
             *   (properties: moqlab.v1.Shutdown.$Shape): moqlab.v1.Shutdown & moqlab.v1.Shutdown.$Shape;
             *   (properties?: moqlab.v1.Shutdown.$Properties): moqlab.v1.Shutdown;
             * }}
             */
            Shutdown.create = function(properties) {
                return new Shutdown(properties);
            };

            /**
             * Encodes the specified Shutdown message. Does not implicitly {@link moqlab.v1.Shutdown.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.Shutdown
             * @static
             * @param {moqlab.v1.Shutdown.$Properties} message Shutdown message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Shutdown.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Shutdown message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.Shutdown
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.Shutdown & moqlab.v1.Shutdown.$Shape} Shutdown
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Shutdown.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.Shutdown();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Shutdown message.
             * @function verify
             * @memberof moqlab.v1.Shutdown
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Shutdown.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            /**
             * Creates a Shutdown message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.Shutdown
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.Shutdown} Shutdown
             */
            Shutdown.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.Shutdown)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.Shutdown: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.Shutdown();
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a Shutdown message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.Shutdown
             * @static
             * @param {moqlab.v1.Shutdown} message Shutdown
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Shutdown.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.reason = "";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this Shutdown to JSON.
             * @function toJSON
             * @memberof moqlab.v1.Shutdown
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Shutdown.prototype.toJSON = function() {
                return Shutdown.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Shutdown;
        })();

        v1.ShutdownResult = (function() {

            /**
             * Properties of a ShutdownResult.
             * @typedef {Object} moqlab.v1.ShutdownResult.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ShutdownResult.
             * @memberof moqlab.v1
             * @interface IShutdownResult
             * @augments moqlab.v1.ShutdownResult.$Properties
             * @deprecated Use moqlab.v1.ShutdownResult.$Properties instead.
             */

            /**
             * Shape of a ShutdownResult.
             * @typedef {moqlab.v1.ShutdownResult.$Properties} moqlab.v1.ShutdownResult.$Shape
             */

            /**
             * Constructs a new ShutdownResult.
             * @memberof moqlab.v1
             * @classdesc Represents a ShutdownResult.
             * @constructor
             * @param {moqlab.v1.ShutdownResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ShutdownResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new ShutdownResult instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.ShutdownResult
             * @static
             * @param {moqlab.v1.ShutdownResult.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.ShutdownResult} ShutdownResult instance
             * @type {{
             *   (properties: moqlab.v1.ShutdownResult.$Shape): moqlab.v1.ShutdownResult & moqlab.v1.ShutdownResult.$Shape;
             *   (properties?: moqlab.v1.ShutdownResult.$Properties): moqlab.v1.ShutdownResult;
             * }}
             */
            ShutdownResult.create = function(properties) {
                return new ShutdownResult(properties);
            };

            /**
             * Encodes the specified ShutdownResult message. Does not implicitly {@link moqlab.v1.ShutdownResult.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.ShutdownResult
             * @static
             * @param {moqlab.v1.ShutdownResult.$Properties} message ShutdownResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ShutdownResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ShutdownResult message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.ShutdownResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.ShutdownResult & moqlab.v1.ShutdownResult.$Shape} ShutdownResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ShutdownResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.ShutdownResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ShutdownResult message.
             * @function verify
             * @memberof moqlab.v1.ShutdownResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ShutdownResult.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a ShutdownResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.ShutdownResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.ShutdownResult} ShutdownResult
             */
            ShutdownResult.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.ShutdownResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.ShutdownResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.moqlab.v1.ShutdownResult();
            };

            /**
             * Creates a plain object from a ShutdownResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.ShutdownResult
             * @static
             * @param {moqlab.v1.ShutdownResult} message ShutdownResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ShutdownResult.toObject = function () {
                return {};
            };

            /**
             * Converts this ShutdownResult to JSON.
             * @function toJSON
             * @memberof moqlab.v1.ShutdownResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ShutdownResult.prototype.toJSON = function() {
                return ShutdownResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ShutdownResult;
        })();

        v1.Cancel = (function() {

            /**
             * Properties of a Cancel.
             * @typedef {Object} moqlab.v1.Cancel.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Cancel.
             * @memberof moqlab.v1
             * @interface ICancel
             * @augments moqlab.v1.Cancel.$Properties
             * @deprecated Use moqlab.v1.Cancel.$Properties instead.
             */

            /**
             * Shape of a Cancel.
             * @typedef {moqlab.v1.Cancel.$Properties} moqlab.v1.Cancel.$Shape
             */

            /**
             * Constructs a new Cancel.
             * @memberof moqlab.v1
             * @classdesc Represents a Cancel.
             * @constructor
             * @param {moqlab.v1.Cancel.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Cancel = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new Cancel instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.Cancel
             * @static
             * @param {moqlab.v1.Cancel.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.Cancel} Cancel instance
             * @type {{
             *   (properties: moqlab.v1.Cancel.$Shape): moqlab.v1.Cancel & moqlab.v1.Cancel.$Shape;
             *   (properties?: moqlab.v1.Cancel.$Properties): moqlab.v1.Cancel;
             * }}
             */
            Cancel.create = function(properties) {
                return new Cancel(properties);
            };

            /**
             * Encodes the specified Cancel message. Does not implicitly {@link moqlab.v1.Cancel.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.Cancel
             * @static
             * @param {moqlab.v1.Cancel.$Properties} message Cancel message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Cancel.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Cancel message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.Cancel
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.Cancel & moqlab.v1.Cancel.$Shape} Cancel
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Cancel.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.Cancel();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Cancel message.
             * @function verify
             * @memberof moqlab.v1.Cancel
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Cancel.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a Cancel message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.Cancel
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.Cancel} Cancel
             */
            Cancel.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.Cancel)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.Cancel: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.moqlab.v1.Cancel();
            };

            /**
             * Creates a plain object from a Cancel message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.Cancel
             * @static
             * @param {moqlab.v1.Cancel} message Cancel
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Cancel.toObject = function () {
                return {};
            };

            /**
             * Converts this Cancel to JSON.
             * @function toJSON
             * @memberof moqlab.v1.Cancel
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Cancel.prototype.toJSON = function() {
                return Cancel.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Cancel;
        })();

        v1.Envelope = (function() {

            /**
             * Properties of an Envelope.
             * @typedef {Object} moqlab.v1.Envelope.$Properties
             * @property {string|null} [messageId] Envelope messageId
             * @property {string|null} [type] Envelope type
             * @property {number|null} [protocolVersion] Envelope protocolVersion
             * @property {string|null} [sessionId] Envelope sessionId
             * @property {string|null} [inReplyTo] Envelope inReplyTo
             * @property {Uint8Array|null} [payload] Envelope payload
             * @property {moqlab.v1.Error.$Properties|null} [error] Envelope error
             * @property {number|null} [sentAt] Envelope sentAt
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Envelope.
             * @memberof moqlab.v1
             * @interface IEnvelope
             * @augments moqlab.v1.Envelope.$Properties
             * @deprecated Use moqlab.v1.Envelope.$Properties instead.
             */

            /**
             * Shape of an Envelope.
             * @typedef {moqlab.v1.Envelope.$Properties} moqlab.v1.Envelope.$Shape
             */

            /**
             * Constructs a new Envelope.
             * @memberof moqlab.v1
             * @classdesc Represents an Envelope.
             * @constructor
             * @param {moqlab.v1.Envelope.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Envelope = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Envelope messageId.
             * @member {string} messageId
             * @memberof moqlab.v1.Envelope
             * @instance
             */
            Envelope.prototype.messageId = "";

            /**
             * Envelope type.
             * @member {string} type
             * @memberof moqlab.v1.Envelope
             * @instance
             */
            Envelope.prototype.type = "";

            /**
             * Envelope protocolVersion.
             * @member {number} protocolVersion
             * @memberof moqlab.v1.Envelope
             * @instance
             */
            Envelope.prototype.protocolVersion = 0;

            /**
             * Envelope sessionId.
             * @member {string} sessionId
             * @memberof moqlab.v1.Envelope
             * @instance
             */
            Envelope.prototype.sessionId = "";

            /**
             * Envelope inReplyTo.
             * @member {string} inReplyTo
             * @memberof moqlab.v1.Envelope
             * @instance
             */
            Envelope.prototype.inReplyTo = "";

            /**
             * Envelope payload.
             * @member {Uint8Array} payload
             * @memberof moqlab.v1.Envelope
             * @instance
             */
            Envelope.prototype.payload = $util.newBuffer([]);

            /**
             * Envelope error.
             * @member {moqlab.v1.Error.$Properties|null|undefined} error
             * @memberof moqlab.v1.Envelope
             * @instance
             */
            Envelope.prototype.error = null;

            /**
             * Envelope sentAt.
             * @member {number} sentAt
             * @memberof moqlab.v1.Envelope
             * @instance
             */
            Envelope.prototype.sentAt = 0;

            /**
             * Creates a new Envelope instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.Envelope
             * @static
             * @param {moqlab.v1.Envelope.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.Envelope} Envelope instance
             * @type {{
             *   (properties: moqlab.v1.Envelope.$Shape): moqlab.v1.Envelope & moqlab.v1.Envelope.$Shape;
             *   (properties?: moqlab.v1.Envelope.$Properties): moqlab.v1.Envelope;
             * }}
             */
            Envelope.create = function(properties) {
                return new Envelope(properties);
            };

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link moqlab.v1.Envelope.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.Envelope
             * @static
             * @param {moqlab.v1.Envelope.$Properties} message Envelope message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Envelope.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.messageId);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.type);
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.protocolVersion);
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.sessionId);
                if (message.inReplyTo != null && $Object.hasOwnProperty.call(message, "inReplyTo") && message.inReplyTo !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.inReplyTo);
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.payload);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.moqlab.v1.Error.encode(message.error, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.sentAt != null && $Object.hasOwnProperty.call(message, "sentAt") && !$Object.is(message.sentAt, 0))
                    writer.uint32(/* id 8, wireType 1 =*/65).double(message.sentAt);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.Envelope
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.Envelope & moqlab.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Envelope.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.Envelope();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sessionId = value;
                            else
                                delete message.sessionId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.inReplyTo = value;
                            else
                                delete message.inReplyTo;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.moqlab.v1.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            continue;
                        }
                    case 8: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.sentAt = value;
                            else
                                delete message.sentAt;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an Envelope message.
             * @function verify
             * @memberof moqlab.v1.Envelope
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Envelope.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isString(message.messageId))
                        return "messageId: string expected";
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    if (!$util.isString(message.type))
                        return "type: string expected";
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    if (!$util.isInteger(message.protocolVersion))
                        return "protocolVersion: integer expected";
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                    if (!$util.isString(message.sessionId))
                        return "sessionId: string expected";
                if (message.inReplyTo != null && $Object.hasOwnProperty.call(message, "inReplyTo"))
                    if (!$util.isString(message.inReplyTo))
                        return "inReplyTo: string expected";
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    if (!(message.payload && typeof message.payload.length === "number" || $util.isString(message.payload)))
                        return "payload: buffer expected";
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    let error = $root.moqlab.v1.Error.verify(message.error, _depth + 1);
                    if (error)
                        return "error." + error;
                }
                if (message.sentAt != null && $Object.hasOwnProperty.call(message, "sentAt"))
                    if (typeof message.sentAt !== "number")
                        return "sentAt: number expected";
                return null;
            };

            /**
             * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.Envelope
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.Envelope} Envelope
             */
            Envelope.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.Envelope)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.Envelope: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.Envelope();
                if (object.messageId != null)
                    if (typeof object.messageId !== "string" || object.messageId.length)
                        message.messageId = $String(object.messageId);
                if (object.type != null)
                    if (typeof object.type !== "string" || object.type.length)
                        message.type = $String(object.type);
                if (object.protocolVersion != null)
                    if ($Number(object.protocolVersion) !== 0)
                        message.protocolVersion = object.protocolVersion >>> 0;
                if (object.sessionId != null)
                    if (typeof object.sessionId !== "string" || object.sessionId.length)
                        message.sessionId = $String(object.sessionId);
                if (object.inReplyTo != null)
                    if (typeof object.inReplyTo !== "string" || object.inReplyTo.length)
                        message.inReplyTo = $String(object.inReplyTo);
                if (object.payload != null)
                    if (object.payload.length)
                        if (typeof object.payload === "string")
                            $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                        else if (object.payload.length >= 0)
                            message.payload = object.payload;
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".moqlab.v1.Envelope.error: object expected");
                    message.error = $root.moqlab.v1.Error.fromObject(object.error, _depth + 1);
                }
                if (object.sentAt != null)
                    if (!$Object.is($Number(object.sentAt), 0))
                        message.sentAt = $Number(object.sentAt);
                return message;
            };

            /**
             * Creates a plain object from an Envelope message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.Envelope
             * @static
             * @param {moqlab.v1.Envelope} message Envelope
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Envelope.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.messageId = "";
                    object.type = "";
                    object.protocolVersion = 0;
                    object.sessionId = "";
                    object.inReplyTo = "";
                    if (options.bytes === $String)
                        object.payload = "";
                    else {
                        object.payload = [];
                        if (options.bytes !== $Array)
                            object.payload = $util.newBuffer(object.payload);
                    }
                    object.error = null;
                    object.sentAt = 0;
                }
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    object.messageId = message.messageId;
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = message.type;
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    object.protocolVersion = message.protocolVersion;
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                    object.sessionId = message.sessionId;
                if (message.inReplyTo != null && $Object.hasOwnProperty.call(message, "inReplyTo"))
                    object.inReplyTo = message.inReplyTo;
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = $root.moqlab.v1.Error.toObject(message.error, options, _depth + 1);
                if (message.sentAt != null && $Object.hasOwnProperty.call(message, "sentAt"))
                    object.sentAt = options.json && !$isFinite(message.sentAt) ? $String(message.sentAt) : message.sentAt;
                return object;
            };

            /**
             * Converts this Envelope to JSON.
             * @function toJSON
             * @memberof moqlab.v1.Envelope
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Envelope.prototype.toJSON = function() {
                return Envelope.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Envelope;
        })();

        /**
         * ErrorCode enum.
         * @name moqlab.v1.ErrorCode
         * @enum {number}
         * @property {number} ERROR_CODE_UNSPECIFIED=0 ERROR_CODE_UNSPECIFIED value
         * @property {number} ERROR_CODE_MALFORMED_MESSAGE=1 ERROR_CODE_MALFORMED_MESSAGE value
         * @property {number} ERROR_CODE_UNKNOWN_MESSAGE_TYPE=2 ERROR_CODE_UNKNOWN_MESSAGE_TYPE value
         * @property {number} ERROR_CODE_PROTOCOL_VERSION_MISMATCH=3 ERROR_CODE_PROTOCOL_VERSION_MISMATCH value
         * @property {number} ERROR_CODE_INVALID_ARGUMENT=4 ERROR_CODE_INVALID_ARGUMENT value
         * @property {number} ERROR_CODE_FAILED_PRECONDITION=5 ERROR_CODE_FAILED_PRECONDITION value
         * @property {number} ERROR_CODE_NOT_FOUND=6 ERROR_CODE_NOT_FOUND value
         * @property {number} ERROR_CODE_UNAVAILABLE=7 ERROR_CODE_UNAVAILABLE value
         * @property {number} ERROR_CODE_CANCELLED=8 ERROR_CODE_CANCELLED value
         * @property {number} ERROR_CODE_OUT_OF_MEMORY=9 ERROR_CODE_OUT_OF_MEMORY value
         * @property {number} ERROR_CODE_INTERNAL=10 ERROR_CODE_INTERNAL value
         * @property {number} ERROR_CODE_UNIMPLEMENTED=11 ERROR_CODE_UNIMPLEMENTED value
         */
        v1.ErrorCode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ERROR_CODE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ERROR_CODE_MALFORMED_MESSAGE"] = 1;
            values[valuesById[2] = "ERROR_CODE_UNKNOWN_MESSAGE_TYPE"] = 2;
            values[valuesById[3] = "ERROR_CODE_PROTOCOL_VERSION_MISMATCH"] = 3;
            values[valuesById[4] = "ERROR_CODE_INVALID_ARGUMENT"] = 4;
            values[valuesById[5] = "ERROR_CODE_FAILED_PRECONDITION"] = 5;
            values[valuesById[6] = "ERROR_CODE_NOT_FOUND"] = 6;
            values[valuesById[7] = "ERROR_CODE_UNAVAILABLE"] = 7;
            values[valuesById[8] = "ERROR_CODE_CANCELLED"] = 8;
            values[valuesById[9] = "ERROR_CODE_OUT_OF_MEMORY"] = 9;
            values[valuesById[10] = "ERROR_CODE_INTERNAL"] = 10;
            values[valuesById[11] = "ERROR_CODE_UNIMPLEMENTED"] = 11;
            return values;
        })();

        v1.Error = (function() {

            /**
             * Properties of an Error.
             * @typedef {Object} moqlab.v1.Error.$Properties
             * @property {moqlab.v1.ErrorCode|null} [code] Error code
             * @property {string|null} [message] Error message
             * @property {Object.<string,string>|null} [details] Error details
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Error.
             * @memberof moqlab.v1
             * @interface IError
             * @augments moqlab.v1.Error.$Properties
             * @deprecated Use moqlab.v1.Error.$Properties instead.
             */

            /**
             * Shape of an Error.
             * @typedef {moqlab.v1.Error.$Properties} moqlab.v1.Error.$Shape
             */

            /**
             * Constructs a new Error.
             * @memberof moqlab.v1
             * @classdesc Represents an Error.
             * @constructor
             * @param {moqlab.v1.Error.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Error = function (properties) {
                this.details = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Error code.
             * @member {moqlab.v1.ErrorCode} code
             * @memberof moqlab.v1.Error
             * @instance
             */
            Error.prototype.code = 0;

            /**
             * Error message.
             * @member {string} message
             * @memberof moqlab.v1.Error
             * @instance
             */
            Error.prototype.message = "";

            /**
             * Error details.
             * @member {Object.<string,string>} details
             * @memberof moqlab.v1.Error
             * @instance
             */
            Error.prototype.details = $util.emptyObject;

            /**
             * Creates a new Error instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.Error
             * @static
             * @param {moqlab.v1.Error.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.Error} Error instance
             * @type {{
             *   (properties: moqlab.v1.Error.$Shape): moqlab.v1.Error & moqlab.v1.Error.$Shape;
             *   (properties?: moqlab.v1.Error.$Properties): moqlab.v1.Error;
             * }}
             */
            Error.create = function(properties) {
                return new Error(properties);
            };

            /**
             * Encodes the specified Error message. Does not implicitly {@link moqlab.v1.Error.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.Error
             * @static
             * @param {moqlab.v1.Error.$Properties} message Error message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Error.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.details != null && $Object.hasOwnProperty.call(message, "details"))
                    for (let keys = $Object.keys(message.details), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.details[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.Error
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.Error & moqlab.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Error.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.Error();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (message.details === $util.emptyObject)
                                message.details = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.details, key);
                            message.details[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an Error message.
             * @function verify
             * @memberof moqlab.v1.Error
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Error.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (typeof message.code !== "number" || (message.code | 0) !== message.code)
                        return "code: enum value expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.details != null && $Object.hasOwnProperty.call(message, "details")) {
                    if (!$util.isObject(message.details))
                        return "details: object expected";
                    let key = $Object.keys(message.details);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.details[key[i]]))
                            return "details: string{k:string} expected";
                }
                return null;
            };

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.Error
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.Error} Error
             */
            Error.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.Error)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.Error: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.Error();
                if (object.code !== 0 && (typeof object.code !== "string" || $root.moqlab.v1.ErrorCode[object.code] !== 0))
                    switch (object.code) {
                    case "ERROR_CODE_UNSPECIFIED":
                    case 0:
                        message.code = 0;
                        break;
                    case "ERROR_CODE_MALFORMED_MESSAGE":
                    case 1:
                        message.code = 1;
                        break;
                    case "ERROR_CODE_UNKNOWN_MESSAGE_TYPE":
                    case 2:
                        message.code = 2;
                        break;
                    case "ERROR_CODE_PROTOCOL_VERSION_MISMATCH":
                    case 3:
                        message.code = 3;
                        break;
                    case "ERROR_CODE_INVALID_ARGUMENT":
                    case 4:
                        message.code = 4;
                        break;
                    case "ERROR_CODE_FAILED_PRECONDITION":
                    case 5:
                        message.code = 5;
                        break;
                    case "ERROR_CODE_NOT_FOUND":
                    case 6:
                        message.code = 6;
                        break;
                    case "ERROR_CODE_UNAVAILABLE":
                    case 7:
                        message.code = 7;
                        break;
                    case "ERROR_CODE_CANCELLED":
                    case 8:
                        message.code = 8;
                        break;
                    case "ERROR_CODE_OUT_OF_MEMORY":
                    case 9:
                        message.code = 9;
                        break;
                    case "ERROR_CODE_INTERNAL":
                    case 10:
                        message.code = 10;
                        break;
                    case "ERROR_CODE_UNIMPLEMENTED":
                    case 11:
                        message.code = 11;
                        break;
                    default:
                        if (typeof object.code === "number" && (object.code | 0) === object.code)
                            message.code = object.code;
                    }
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.details) {
                    if (!$util.isObject(object.details))
                        throw $TypeError(".moqlab.v1.Error.details: object expected");
                    message.details = {};
                    for (let keys = $Object.keys(object.details), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.details, keys[i]);
                        message.details[keys[i]] = $String(object.details[keys[i]]);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.Error
             * @static
             * @param {moqlab.v1.Error} message Error
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Error.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.details = {};
                if (options.defaults) {
                    object.code = options.enums === $String ? "ERROR_CODE_UNSPECIFIED" : 0;
                    object.message = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = options.enums === $String ? $root.moqlab.v1.ErrorCode[message.code] === $undefined ? message.code : $root.moqlab.v1.ErrorCode[message.code] : message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                let keys2;
                if (message.details && (keys2 = $Object.keys(message.details)).length) {
                    object.details = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.details, keys2[j]);
                        object.details[keys2[j]] = message.details[keys2[j]];
                    }
                }
                return object;
            };

            /**
             * Converts this Error to JSON.
             * @function toJSON
             * @memberof moqlab.v1.Error
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Error.prototype.toJSON = function() {
                return Error.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Error;
        })();

        v1.WorkerReady = (function() {

            /**
             * Properties of a WorkerReady.
             * @typedef {Object} moqlab.v1.WorkerReady.$Properties
             * @property {number|null} [pid] WorkerReady pid
             * @property {string|null} [sessionId] WorkerReady sessionId
             * @property {string|null} [workerVersion] WorkerReady workerVersion
             * @property {string|null} [hostname] WorkerReady hostname
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WorkerReady.
             * @memberof moqlab.v1
             * @interface IWorkerReady
             * @augments moqlab.v1.WorkerReady.$Properties
             * @deprecated Use moqlab.v1.WorkerReady.$Properties instead.
             */

            /**
             * Shape of a WorkerReady.
             * @typedef {moqlab.v1.WorkerReady.$Properties} moqlab.v1.WorkerReady.$Shape
             */

            /**
             * Constructs a new WorkerReady.
             * @memberof moqlab.v1
             * @classdesc Represents a WorkerReady.
             * @constructor
             * @param {moqlab.v1.WorkerReady.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WorkerReady = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WorkerReady pid.
             * @member {number} pid
             * @memberof moqlab.v1.WorkerReady
             * @instance
             */
            WorkerReady.prototype.pid = 0;

            /**
             * WorkerReady sessionId.
             * @member {string} sessionId
             * @memberof moqlab.v1.WorkerReady
             * @instance
             */
            WorkerReady.prototype.sessionId = "";

            /**
             * WorkerReady workerVersion.
             * @member {string} workerVersion
             * @memberof moqlab.v1.WorkerReady
             * @instance
             */
            WorkerReady.prototype.workerVersion = "";

            /**
             * WorkerReady hostname.
             * @member {string} hostname
             * @memberof moqlab.v1.WorkerReady
             * @instance
             */
            WorkerReady.prototype.hostname = "";

            /**
             * Creates a new WorkerReady instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.WorkerReady
             * @static
             * @param {moqlab.v1.WorkerReady.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.WorkerReady} WorkerReady instance
             * @type {{
             *   (properties: moqlab.v1.WorkerReady.$Shape): moqlab.v1.WorkerReady & moqlab.v1.WorkerReady.$Shape;
             *   (properties?: moqlab.v1.WorkerReady.$Properties): moqlab.v1.WorkerReady;
             * }}
             */
            WorkerReady.create = function(properties) {
                return new WorkerReady(properties);
            };

            /**
             * Encodes the specified WorkerReady message. Does not implicitly {@link moqlab.v1.WorkerReady.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.WorkerReady
             * @static
             * @param {moqlab.v1.WorkerReady.$Properties} message WorkerReady message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkerReady.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid") && message.pid !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.pid);
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId") && message.sessionId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.sessionId);
                if (message.workerVersion != null && $Object.hasOwnProperty.call(message, "workerVersion") && message.workerVersion !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.workerVersion);
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname") && message.hostname !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.hostname);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a WorkerReady message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.WorkerReady
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.WorkerReady & moqlab.v1.WorkerReady.$Shape} WorkerReady
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkerReady.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.WorkerReady();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.pid = value;
                            else
                                delete message.pid;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sessionId = value;
                            else
                                delete message.sessionId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workerVersion = value;
                            else
                                delete message.workerVersion;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostname = value;
                            else
                                delete message.hostname;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a WorkerReady message.
             * @function verify
             * @memberof moqlab.v1.WorkerReady
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WorkerReady.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                    if (!$util.isInteger(message.pid))
                        return "pid: integer expected";
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                    if (!$util.isString(message.sessionId))
                        return "sessionId: string expected";
                if (message.workerVersion != null && $Object.hasOwnProperty.call(message, "workerVersion"))
                    if (!$util.isString(message.workerVersion))
                        return "workerVersion: string expected";
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    if (!$util.isString(message.hostname))
                        return "hostname: string expected";
                return null;
            };

            /**
             * Creates a WorkerReady message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.WorkerReady
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.WorkerReady} WorkerReady
             */
            WorkerReady.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.WorkerReady)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.WorkerReady: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.WorkerReady();
                if (object.pid != null)
                    if ($Number(object.pid) !== 0)
                        message.pid = object.pid >>> 0;
                if (object.sessionId != null)
                    if (typeof object.sessionId !== "string" || object.sessionId.length)
                        message.sessionId = $String(object.sessionId);
                if (object.workerVersion != null)
                    if (typeof object.workerVersion !== "string" || object.workerVersion.length)
                        message.workerVersion = $String(object.workerVersion);
                if (object.hostname != null)
                    if (typeof object.hostname !== "string" || object.hostname.length)
                        message.hostname = $String(object.hostname);
                return message;
            };

            /**
             * Creates a plain object from a WorkerReady message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.WorkerReady
             * @static
             * @param {moqlab.v1.WorkerReady} message WorkerReady
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WorkerReady.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.pid = 0;
                    object.sessionId = "";
                    object.workerVersion = "";
                    object.hostname = "";
                }
                if (message.pid != null && $Object.hasOwnProperty.call(message, "pid"))
                    object.pid = message.pid;
                if (message.sessionId != null && $Object.hasOwnProperty.call(message, "sessionId"))
                    object.sessionId = message.sessionId;
                if (message.workerVersion != null && $Object.hasOwnProperty.call(message, "workerVersion"))
                    object.workerVersion = message.workerVersion;
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    object.hostname = message.hostname;
                return object;
            };

            /**
             * Converts this WorkerReady to JSON.
             * @function toJSON
             * @memberof moqlab.v1.WorkerReady
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WorkerReady.prototype.toJSON = function() {
                return WorkerReady.toObject(this, $protobuf.util.toJSONOptions);
            };

            return WorkerReady;
        })();

        v1.Heartbeat = (function() {

            /**
             * Properties of a Heartbeat.
             * @typedef {Object} moqlab.v1.Heartbeat.$Properties
             * @property {number|null} [uptimeSeconds] Heartbeat uptimeSeconds
             * @property {string|null} [busyWith] Heartbeat busyWith
             * @property {string|null} [busyRequestId] Heartbeat busyRequestId
             * @property {number|null} [busySeconds] Heartbeat busySeconds
             * @property {number|null} [optimizerStep] Heartbeat optimizerStep
             * @property {number|null} [rssBytes] Heartbeat rssBytes
             * @property {number|null} [stepsAttempted] Heartbeat stepsAttempted
             * @property {string|null} [busyAt] Heartbeat busyAt
             * @property {Array.<moqlab.v1.RankPulse.$Properties>|null} [ranks] Heartbeat ranks
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Heartbeat.
             * @memberof moqlab.v1
             * @interface IHeartbeat
             * @augments moqlab.v1.Heartbeat.$Properties
             * @deprecated Use moqlab.v1.Heartbeat.$Properties instead.
             */

            /**
             * Shape of a Heartbeat.
             * @typedef {moqlab.v1.Heartbeat.$Properties} moqlab.v1.Heartbeat.$Shape
             */

            /**
             * Constructs a new Heartbeat.
             * @memberof moqlab.v1
             * @classdesc Represents a Heartbeat.
             * @constructor
             * @param {moqlab.v1.Heartbeat.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Heartbeat = function (properties) {
                this.ranks = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Heartbeat uptimeSeconds.
             * @member {number} uptimeSeconds
             * @memberof moqlab.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.uptimeSeconds = 0;

            /**
             * Heartbeat busyWith.
             * @member {string} busyWith
             * @memberof moqlab.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.busyWith = "";

            /**
             * Heartbeat busyRequestId.
             * @member {string} busyRequestId
             * @memberof moqlab.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.busyRequestId = "";

            /**
             * Heartbeat busySeconds.
             * @member {number} busySeconds
             * @memberof moqlab.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.busySeconds = 0;

            /**
             * Heartbeat optimizerStep.
             * @member {number} optimizerStep
             * @memberof moqlab.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.optimizerStep = 0;

            /**
             * Heartbeat rssBytes.
             * @member {number} rssBytes
             * @memberof moqlab.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.rssBytes = 0;

            /**
             * Heartbeat stepsAttempted.
             * @member {number} stepsAttempted
             * @memberof moqlab.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.stepsAttempted = 0;

            /**
             * Heartbeat busyAt.
             * @member {string} busyAt
             * @memberof moqlab.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.busyAt = "";

            /**
             * Heartbeat ranks.
             * @member {Array.<moqlab.v1.RankPulse.$Properties>} ranks
             * @memberof moqlab.v1.Heartbeat
             * @instance
             */
            Heartbeat.prototype.ranks = $util.emptyArray;

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.Heartbeat
             * @static
             * @param {moqlab.v1.Heartbeat.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.Heartbeat} Heartbeat instance
             * @type {{
             *   (properties: moqlab.v1.Heartbeat.$Shape): moqlab.v1.Heartbeat & moqlab.v1.Heartbeat.$Shape;
             *   (properties?: moqlab.v1.Heartbeat.$Properties): moqlab.v1.Heartbeat;
             * }}
             */
            Heartbeat.create = function(properties) {
                return new Heartbeat(properties);
            };

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link moqlab.v1.Heartbeat.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.Heartbeat
             * @static
             * @param {moqlab.v1.Heartbeat.$Properties} message Heartbeat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heartbeat.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.uptimeSeconds != null && $Object.hasOwnProperty.call(message, "uptimeSeconds") && !$Object.is(message.uptimeSeconds, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.uptimeSeconds);
                if (message.busyWith != null && $Object.hasOwnProperty.call(message, "busyWith") && message.busyWith !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.busyWith);
                if (message.busyRequestId != null && $Object.hasOwnProperty.call(message, "busyRequestId") && message.busyRequestId !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.busyRequestId);
                if (message.busySeconds != null && $Object.hasOwnProperty.call(message, "busySeconds") && !$Object.is(message.busySeconds, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.busySeconds);
                if (message.optimizerStep != null && $Object.hasOwnProperty.call(message, "optimizerStep") && message.optimizerStep !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.optimizerStep);
                if (message.rssBytes != null && $Object.hasOwnProperty.call(message, "rssBytes") && !$Object.is(message.rssBytes, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.rssBytes);
                if (message.stepsAttempted != null && $Object.hasOwnProperty.call(message, "stepsAttempted") && message.stepsAttempted !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.stepsAttempted);
                if (message.busyAt != null && $Object.hasOwnProperty.call(message, "busyAt") && message.busyAt !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.busyAt);
                if (message.ranks != null && message.ranks.length)
                    for (let i = 0; i < message.ranks.length; ++i)
                        $root.moqlab.v1.RankPulse.encode(message.ranks[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.Heartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.Heartbeat & moqlab.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heartbeat.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.Heartbeat();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.uptimeSeconds = value;
                            else
                                delete message.uptimeSeconds;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.busyWith = value;
                            else
                                delete message.busyWith;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.busyRequestId = value;
                            else
                                delete message.busyRequestId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.busySeconds = value;
                            else
                                delete message.busySeconds;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.optimizerStep = value;
                            else
                                delete message.optimizerStep;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.rssBytes = value;
                            else
                                delete message.rssBytes;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.stepsAttempted = value;
                            else
                                delete message.stepsAttempted;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.busyAt = value;
                            else
                                delete message.busyAt;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.ranks && message.ranks.length))
                                message.ranks = [];
                            message.ranks.push($root.moqlab.v1.RankPulse.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Heartbeat message.
             * @function verify
             * @memberof moqlab.v1.Heartbeat
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Heartbeat.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.uptimeSeconds != null && $Object.hasOwnProperty.call(message, "uptimeSeconds"))
                    if (typeof message.uptimeSeconds !== "number")
                        return "uptimeSeconds: number expected";
                if (message.busyWith != null && $Object.hasOwnProperty.call(message, "busyWith"))
                    if (!$util.isString(message.busyWith))
                        return "busyWith: string expected";
                if (message.busyRequestId != null && $Object.hasOwnProperty.call(message, "busyRequestId"))
                    if (!$util.isString(message.busyRequestId))
                        return "busyRequestId: string expected";
                if (message.busySeconds != null && $Object.hasOwnProperty.call(message, "busySeconds"))
                    if (typeof message.busySeconds !== "number")
                        return "busySeconds: number expected";
                if (message.optimizerStep != null && $Object.hasOwnProperty.call(message, "optimizerStep"))
                    if (!$util.isInteger(message.optimizerStep))
                        return "optimizerStep: integer expected";
                if (message.rssBytes != null && $Object.hasOwnProperty.call(message, "rssBytes"))
                    if (typeof message.rssBytes !== "number")
                        return "rssBytes: number expected";
                if (message.stepsAttempted != null && $Object.hasOwnProperty.call(message, "stepsAttempted"))
                    if (!$util.isInteger(message.stepsAttempted))
                        return "stepsAttempted: integer expected";
                if (message.busyAt != null && $Object.hasOwnProperty.call(message, "busyAt"))
                    if (!$util.isString(message.busyAt))
                        return "busyAt: string expected";
                if (message.ranks != null && $Object.hasOwnProperty.call(message, "ranks")) {
                    if (!$Array.isArray(message.ranks))
                        return "ranks: array expected";
                    for (let i = 0; i < message.ranks.length; ++i) {
                        let error = $root.moqlab.v1.RankPulse.verify(message.ranks[i], _depth + 1);
                        if (error)
                            return "ranks." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.Heartbeat
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.Heartbeat} Heartbeat
             */
            Heartbeat.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.Heartbeat)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.Heartbeat: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.Heartbeat();
                if (object.uptimeSeconds != null)
                    if (!$Object.is($Number(object.uptimeSeconds), 0))
                        message.uptimeSeconds = $Number(object.uptimeSeconds);
                if (object.busyWith != null)
                    if (typeof object.busyWith !== "string" || object.busyWith.length)
                        message.busyWith = $String(object.busyWith);
                if (object.busyRequestId != null)
                    if (typeof object.busyRequestId !== "string" || object.busyRequestId.length)
                        message.busyRequestId = $String(object.busyRequestId);
                if (object.busySeconds != null)
                    if (!$Object.is($Number(object.busySeconds), 0))
                        message.busySeconds = $Number(object.busySeconds);
                if (object.optimizerStep != null)
                    if ($Number(object.optimizerStep) !== 0)
                        message.optimizerStep = object.optimizerStep >>> 0;
                if (object.rssBytes != null)
                    if (!$Object.is($Number(object.rssBytes), 0))
                        message.rssBytes = $Number(object.rssBytes);
                if (object.stepsAttempted != null)
                    if ($Number(object.stepsAttempted) !== 0)
                        message.stepsAttempted = object.stepsAttempted >>> 0;
                if (object.busyAt != null)
                    if (typeof object.busyAt !== "string" || object.busyAt.length)
                        message.busyAt = $String(object.busyAt);
                if (object.ranks) {
                    if (!$Array.isArray(object.ranks))
                        throw $TypeError(".moqlab.v1.Heartbeat.ranks: array expected");
                    message.ranks = $Array(object.ranks.length);
                    for (let i = 0; i < object.ranks.length; ++i) {
                        if (!$util.isObject(object.ranks[i]))
                            throw $TypeError(".moqlab.v1.Heartbeat.ranks: object expected");
                        message.ranks[i] = $root.moqlab.v1.RankPulse.fromObject(object.ranks[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.Heartbeat
             * @static
             * @param {moqlab.v1.Heartbeat} message Heartbeat
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Heartbeat.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.ranks = [];
                if (options.defaults) {
                    object.uptimeSeconds = 0;
                    object.busyWith = "";
                    object.busyRequestId = "";
                    object.busySeconds = 0;
                    object.optimizerStep = 0;
                    object.rssBytes = 0;
                    object.stepsAttempted = 0;
                    object.busyAt = "";
                }
                if (message.uptimeSeconds != null && $Object.hasOwnProperty.call(message, "uptimeSeconds"))
                    object.uptimeSeconds = options.json && !$isFinite(message.uptimeSeconds) ? $String(message.uptimeSeconds) : message.uptimeSeconds;
                if (message.busyWith != null && $Object.hasOwnProperty.call(message, "busyWith"))
                    object.busyWith = message.busyWith;
                if (message.busyRequestId != null && $Object.hasOwnProperty.call(message, "busyRequestId"))
                    object.busyRequestId = message.busyRequestId;
                if (message.busySeconds != null && $Object.hasOwnProperty.call(message, "busySeconds"))
                    object.busySeconds = options.json && !$isFinite(message.busySeconds) ? $String(message.busySeconds) : message.busySeconds;
                if (message.optimizerStep != null && $Object.hasOwnProperty.call(message, "optimizerStep"))
                    object.optimizerStep = message.optimizerStep;
                if (message.rssBytes != null && $Object.hasOwnProperty.call(message, "rssBytes"))
                    object.rssBytes = options.json && !$isFinite(message.rssBytes) ? $String(message.rssBytes) : message.rssBytes;
                if (message.stepsAttempted != null && $Object.hasOwnProperty.call(message, "stepsAttempted"))
                    object.stepsAttempted = message.stepsAttempted;
                if (message.busyAt != null && $Object.hasOwnProperty.call(message, "busyAt"))
                    object.busyAt = message.busyAt;
                if (message.ranks && message.ranks.length) {
                    object.ranks = $Array(message.ranks.length);
                    for (let j = 0; j < message.ranks.length; ++j)
                        object.ranks[j] = $root.moqlab.v1.RankPulse.toObject(message.ranks[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this Heartbeat to JSON.
             * @function toJSON
             * @memberof moqlab.v1.Heartbeat
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Heartbeat.prototype.toJSON = function() {
                return Heartbeat.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Heartbeat;
        })();

        v1.RankPulse = (function() {

            /**
             * Properties of a RankPulse.
             * @typedef {Object} moqlab.v1.RankPulse.$Properties
             * @property {number|null} [rank] RankPulse rank
             * @property {number|null} [silentSeconds] RankPulse silentSeconds
             * @property {number|null} [stepsAttempted] RankPulse stepsAttempted
             * @property {string|null} [at] RankPulse at
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RankPulse.
             * @memberof moqlab.v1
             * @interface IRankPulse
             * @augments moqlab.v1.RankPulse.$Properties
             * @deprecated Use moqlab.v1.RankPulse.$Properties instead.
             */

            /**
             * Shape of a RankPulse.
             * @typedef {moqlab.v1.RankPulse.$Properties} moqlab.v1.RankPulse.$Shape
             */

            /**
             * Constructs a new RankPulse.
             * @memberof moqlab.v1
             * @classdesc Represents a RankPulse.
             * @constructor
             * @param {moqlab.v1.RankPulse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RankPulse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RankPulse rank.
             * @member {number} rank
             * @memberof moqlab.v1.RankPulse
             * @instance
             */
            RankPulse.prototype.rank = 0;

            /**
             * RankPulse silentSeconds.
             * @member {number} silentSeconds
             * @memberof moqlab.v1.RankPulse
             * @instance
             */
            RankPulse.prototype.silentSeconds = 0;

            /**
             * RankPulse stepsAttempted.
             * @member {number} stepsAttempted
             * @memberof moqlab.v1.RankPulse
             * @instance
             */
            RankPulse.prototype.stepsAttempted = 0;

            /**
             * RankPulse at.
             * @member {string} at
             * @memberof moqlab.v1.RankPulse
             * @instance
             */
            RankPulse.prototype.at = "";

            /**
             * Creates a new RankPulse instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.RankPulse
             * @static
             * @param {moqlab.v1.RankPulse.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.RankPulse} RankPulse instance
             * @type {{
             *   (properties: moqlab.v1.RankPulse.$Shape): moqlab.v1.RankPulse & moqlab.v1.RankPulse.$Shape;
             *   (properties?: moqlab.v1.RankPulse.$Properties): moqlab.v1.RankPulse;
             * }}
             */
            RankPulse.create = function(properties) {
                return new RankPulse(properties);
            };

            /**
             * Encodes the specified RankPulse message. Does not implicitly {@link moqlab.v1.RankPulse.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.RankPulse
             * @static
             * @param {moqlab.v1.RankPulse.$Properties} message RankPulse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RankPulse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.rank != null && $Object.hasOwnProperty.call(message, "rank") && message.rank !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.rank);
                if (message.silentSeconds != null && $Object.hasOwnProperty.call(message, "silentSeconds") && !$Object.is(message.silentSeconds, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.silentSeconds);
                if (message.stepsAttempted != null && $Object.hasOwnProperty.call(message, "stepsAttempted") && message.stepsAttempted !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.stepsAttempted);
                if (message.at != null && $Object.hasOwnProperty.call(message, "at") && message.at !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.at);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RankPulse message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.RankPulse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.RankPulse & moqlab.v1.RankPulse.$Shape} RankPulse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RankPulse.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.RankPulse();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.rank = value;
                            else
                                delete message.rank;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.silentSeconds = value;
                            else
                                delete message.silentSeconds;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.stepsAttempted = value;
                            else
                                delete message.stepsAttempted;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.at = value;
                            else
                                delete message.at;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a RankPulse message.
             * @function verify
             * @memberof moqlab.v1.RankPulse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RankPulse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.rank != null && $Object.hasOwnProperty.call(message, "rank"))
                    if (!$util.isInteger(message.rank))
                        return "rank: integer expected";
                if (message.silentSeconds != null && $Object.hasOwnProperty.call(message, "silentSeconds"))
                    if (typeof message.silentSeconds !== "number")
                        return "silentSeconds: number expected";
                if (message.stepsAttempted != null && $Object.hasOwnProperty.call(message, "stepsAttempted"))
                    if (!$util.isInteger(message.stepsAttempted))
                        return "stepsAttempted: integer expected";
                if (message.at != null && $Object.hasOwnProperty.call(message, "at"))
                    if (!$util.isString(message.at))
                        return "at: string expected";
                return null;
            };

            /**
             * Creates a RankPulse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.RankPulse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.RankPulse} RankPulse
             */
            RankPulse.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.RankPulse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.RankPulse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.RankPulse();
                if (object.rank != null)
                    if ($Number(object.rank) !== 0)
                        message.rank = object.rank >>> 0;
                if (object.silentSeconds != null)
                    if (!$Object.is($Number(object.silentSeconds), 0))
                        message.silentSeconds = $Number(object.silentSeconds);
                if (object.stepsAttempted != null)
                    if ($Number(object.stepsAttempted) !== 0)
                        message.stepsAttempted = object.stepsAttempted >>> 0;
                if (object.at != null)
                    if (typeof object.at !== "string" || object.at.length)
                        message.at = $String(object.at);
                return message;
            };

            /**
             * Creates a plain object from a RankPulse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.RankPulse
             * @static
             * @param {moqlab.v1.RankPulse} message RankPulse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RankPulse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.rank = 0;
                    object.silentSeconds = 0;
                    object.stepsAttempted = 0;
                    object.at = "";
                }
                if (message.rank != null && $Object.hasOwnProperty.call(message, "rank"))
                    object.rank = message.rank;
                if (message.silentSeconds != null && $Object.hasOwnProperty.call(message, "silentSeconds"))
                    object.silentSeconds = options.json && !$isFinite(message.silentSeconds) ? $String(message.silentSeconds) : message.silentSeconds;
                if (message.stepsAttempted != null && $Object.hasOwnProperty.call(message, "stepsAttempted"))
                    object.stepsAttempted = message.stepsAttempted;
                if (message.at != null && $Object.hasOwnProperty.call(message, "at"))
                    object.at = message.at;
                return object;
            };

            /**
             * Converts this RankPulse to JSON.
             * @function toJSON
             * @memberof moqlab.v1.RankPulse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RankPulse.prototype.toJSON = function() {
                return RankPulse.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RankPulse;
        })();

        v1.MetricPoint = (function() {

            /**
             * Properties of a MetricPoint.
             * @typedef {Object} moqlab.v1.MetricPoint.$Properties
             * @property {string|null} [name] MetricPoint name
             * @property {number|null} [step] MetricPoint step
             * @property {number|null} [wallTime] MetricPoint wallTime
             * @property {number|null} [value] MetricPoint value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MetricPoint.
             * @memberof moqlab.v1
             * @interface IMetricPoint
             * @augments moqlab.v1.MetricPoint.$Properties
             * @deprecated Use moqlab.v1.MetricPoint.$Properties instead.
             */

            /**
             * Shape of a MetricPoint.
             * @typedef {moqlab.v1.MetricPoint.$Properties} moqlab.v1.MetricPoint.$Shape
             */

            /**
             * Constructs a new MetricPoint.
             * @memberof moqlab.v1
             * @classdesc Represents a MetricPoint.
             * @constructor
             * @param {moqlab.v1.MetricPoint.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MetricPoint = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MetricPoint name.
             * @member {string} name
             * @memberof moqlab.v1.MetricPoint
             * @instance
             */
            MetricPoint.prototype.name = "";

            /**
             * MetricPoint step.
             * @member {number} step
             * @memberof moqlab.v1.MetricPoint
             * @instance
             */
            MetricPoint.prototype.step = 0;

            /**
             * MetricPoint wallTime.
             * @member {number} wallTime
             * @memberof moqlab.v1.MetricPoint
             * @instance
             */
            MetricPoint.prototype.wallTime = 0;

            /**
             * MetricPoint value.
             * @member {number} value
             * @memberof moqlab.v1.MetricPoint
             * @instance
             */
            MetricPoint.prototype.value = 0;

            /**
             * Creates a new MetricPoint instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.MetricPoint
             * @static
             * @param {moqlab.v1.MetricPoint.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.MetricPoint} MetricPoint instance
             * @type {{
             *   (properties: moqlab.v1.MetricPoint.$Shape): moqlab.v1.MetricPoint & moqlab.v1.MetricPoint.$Shape;
             *   (properties?: moqlab.v1.MetricPoint.$Properties): moqlab.v1.MetricPoint;
             * }}
             */
            MetricPoint.create = function(properties) {
                return new MetricPoint(properties);
            };

            /**
             * Encodes the specified MetricPoint message. Does not implicitly {@link moqlab.v1.MetricPoint.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.MetricPoint
             * @static
             * @param {moqlab.v1.MetricPoint.$Properties} message MetricPoint message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MetricPoint.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.step != null && $Object.hasOwnProperty.call(message, "step") && message.step !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.step);
                if (message.wallTime != null && $Object.hasOwnProperty.call(message, "wallTime") && !$Object.is(message.wallTime, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.wallTime);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && !$Object.is(message.value, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MetricPoint message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.MetricPoint
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.MetricPoint & moqlab.v1.MetricPoint.$Shape} MetricPoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MetricPoint.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.MetricPoint();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.step = value;
                            else
                                delete message.step;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.wallTime = value;
                            else
                                delete message.wallTime;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a MetricPoint message.
             * @function verify
             * @memberof moqlab.v1.MetricPoint
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MetricPoint.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                    if (!$util.isInteger(message.step))
                        return "step: integer expected";
                if (message.wallTime != null && $Object.hasOwnProperty.call(message, "wallTime"))
                    if (typeof message.wallTime !== "number")
                        return "wallTime: number expected";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (typeof message.value !== "number")
                        return "value: number expected";
                return null;
            };

            /**
             * Creates a MetricPoint message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.MetricPoint
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.MetricPoint} MetricPoint
             */
            MetricPoint.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.MetricPoint)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.MetricPoint: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.MetricPoint();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.step != null)
                    if ($Number(object.step) !== 0)
                        message.step = object.step >>> 0;
                if (object.wallTime != null)
                    if (!$Object.is($Number(object.wallTime), 0))
                        message.wallTime = $Number(object.wallTime);
                if (object.value != null)
                    if (!$Object.is($Number(object.value), 0))
                        message.value = $Number(object.value);
                return message;
            };

            /**
             * Creates a plain object from a MetricPoint message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.MetricPoint
             * @static
             * @param {moqlab.v1.MetricPoint} message MetricPoint
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MetricPoint.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.step = 0;
                    object.wallTime = 0;
                    object.value = 0;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.step != null && $Object.hasOwnProperty.call(message, "step"))
                    object.step = message.step;
                if (message.wallTime != null && $Object.hasOwnProperty.call(message, "wallTime"))
                    object.wallTime = options.json && !$isFinite(message.wallTime) ? $String(message.wallTime) : message.wallTime;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = options.json && !$isFinite(message.value) ? $String(message.value) : message.value;
                return object;
            };

            /**
             * Converts this MetricPoint to JSON.
             * @function toJSON
             * @memberof moqlab.v1.MetricPoint
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MetricPoint.prototype.toJSON = function() {
                return MetricPoint.toObject(this, $protobuf.util.toJSONOptions);
            };

            return MetricPoint;
        })();

        v1.MetricBatch = (function() {

            /**
             * Properties of a MetricBatch.
             * @typedef {Object} moqlab.v1.MetricBatch.$Properties
             * @property {string|null} [requestId] MetricBatch requestId
             * @property {Array.<moqlab.v1.MetricPoint.$Properties>|null} [points] MetricBatch points
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MetricBatch.
             * @memberof moqlab.v1
             * @interface IMetricBatch
             * @augments moqlab.v1.MetricBatch.$Properties
             * @deprecated Use moqlab.v1.MetricBatch.$Properties instead.
             */

            /**
             * Shape of a MetricBatch.
             * @typedef {moqlab.v1.MetricBatch.$Properties} moqlab.v1.MetricBatch.$Shape
             */

            /**
             * Constructs a new MetricBatch.
             * @memberof moqlab.v1
             * @classdesc Represents a MetricBatch.
             * @constructor
             * @param {moqlab.v1.MetricBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MetricBatch = function (properties) {
                this.points = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MetricBatch requestId.
             * @member {string} requestId
             * @memberof moqlab.v1.MetricBatch
             * @instance
             */
            MetricBatch.prototype.requestId = "";

            /**
             * MetricBatch points.
             * @member {Array.<moqlab.v1.MetricPoint.$Properties>} points
             * @memberof moqlab.v1.MetricBatch
             * @instance
             */
            MetricBatch.prototype.points = $util.emptyArray;

            /**
             * Creates a new MetricBatch instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.MetricBatch
             * @static
             * @param {moqlab.v1.MetricBatch.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.MetricBatch} MetricBatch instance
             * @type {{
             *   (properties: moqlab.v1.MetricBatch.$Shape): moqlab.v1.MetricBatch & moqlab.v1.MetricBatch.$Shape;
             *   (properties?: moqlab.v1.MetricBatch.$Properties): moqlab.v1.MetricBatch;
             * }}
             */
            MetricBatch.create = function(properties) {
                return new MetricBatch(properties);
            };

            /**
             * Encodes the specified MetricBatch message. Does not implicitly {@link moqlab.v1.MetricBatch.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.MetricBatch
             * @static
             * @param {moqlab.v1.MetricBatch.$Properties} message MetricBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MetricBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                if (message.points != null && message.points.length)
                    for (let i = 0; i < message.points.length; ++i)
                        $root.moqlab.v1.MetricPoint.encode(message.points[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a MetricBatch message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.MetricBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.MetricBatch & moqlab.v1.MetricBatch.$Shape} MetricBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MetricBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.MetricBatch();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.points && message.points.length))
                                message.points = [];
                            message.points.push($root.moqlab.v1.MetricPoint.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a MetricBatch message.
             * @function verify
             * @memberof moqlab.v1.MetricBatch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MetricBatch.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    if (!$util.isString(message.requestId))
                        return "requestId: string expected";
                if (message.points != null && $Object.hasOwnProperty.call(message, "points")) {
                    if (!$Array.isArray(message.points))
                        return "points: array expected";
                    for (let i = 0; i < message.points.length; ++i) {
                        let error = $root.moqlab.v1.MetricPoint.verify(message.points[i], _depth + 1);
                        if (error)
                            return "points." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a MetricBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.MetricBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.MetricBatch} MetricBatch
             */
            MetricBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.MetricBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.MetricBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.MetricBatch();
                if (object.requestId != null)
                    if (typeof object.requestId !== "string" || object.requestId.length)
                        message.requestId = $String(object.requestId);
                if (object.points) {
                    if (!$Array.isArray(object.points))
                        throw $TypeError(".moqlab.v1.MetricBatch.points: array expected");
                    message.points = $Array(object.points.length);
                    for (let i = 0; i < object.points.length; ++i) {
                        if (!$util.isObject(object.points[i]))
                            throw $TypeError(".moqlab.v1.MetricBatch.points: object expected");
                        message.points[i] = $root.moqlab.v1.MetricPoint.fromObject(object.points[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a MetricBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.MetricBatch
             * @static
             * @param {moqlab.v1.MetricBatch} message MetricBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MetricBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.points = [];
                if (options.defaults)
                    object.requestId = "";
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = message.requestId;
                if (message.points && message.points.length) {
                    object.points = $Array(message.points.length);
                    for (let j = 0; j < message.points.length; ++j)
                        object.points[j] = $root.moqlab.v1.MetricPoint.toObject(message.points[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this MetricBatch to JSON.
             * @function toJSON
             * @memberof moqlab.v1.MetricBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MetricBatch.prototype.toJSON = function() {
                return MetricBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            return MetricBatch;
        })();

        /**
         * LogLevel enum.
         * @name moqlab.v1.LogLevel
         * @enum {number}
         * @property {number} LOG_LEVEL_UNSPECIFIED=0 LOG_LEVEL_UNSPECIFIED value
         * @property {number} LOG_LEVEL_DEBUG=1 LOG_LEVEL_DEBUG value
         * @property {number} LOG_LEVEL_INFO=2 LOG_LEVEL_INFO value
         * @property {number} LOG_LEVEL_WARNING=3 LOG_LEVEL_WARNING value
         * @property {number} LOG_LEVEL_ERROR=4 LOG_LEVEL_ERROR value
         */
        v1.LogLevel = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "LOG_LEVEL_UNSPECIFIED"] = 0;
            values[valuesById[1] = "LOG_LEVEL_DEBUG"] = 1;
            values[valuesById[2] = "LOG_LEVEL_INFO"] = 2;
            values[valuesById[3] = "LOG_LEVEL_WARNING"] = 3;
            values[valuesById[4] = "LOG_LEVEL_ERROR"] = 4;
            return values;
        })();

        v1.Log = (function() {

            /**
             * Properties of a Log.
             * @typedef {Object} moqlab.v1.Log.$Properties
             * @property {moqlab.v1.LogLevel|null} [level] Log level
             * @property {string|null} [message] Log message
             * @property {string|null} [logger] Log logger
             * @property {number|null} [time] Log time
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Log.
             * @memberof moqlab.v1
             * @interface ILog
             * @augments moqlab.v1.Log.$Properties
             * @deprecated Use moqlab.v1.Log.$Properties instead.
             */

            /**
             * Shape of a Log.
             * @typedef {moqlab.v1.Log.$Properties} moqlab.v1.Log.$Shape
             */

            /**
             * Constructs a new Log.
             * @memberof moqlab.v1
             * @classdesc Represents a Log.
             * @constructor
             * @param {moqlab.v1.Log.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Log = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Log level.
             * @member {moqlab.v1.LogLevel} level
             * @memberof moqlab.v1.Log
             * @instance
             */
            Log.prototype.level = 0;

            /**
             * Log message.
             * @member {string} message
             * @memberof moqlab.v1.Log
             * @instance
             */
            Log.prototype.message = "";

            /**
             * Log logger.
             * @member {string} logger
             * @memberof moqlab.v1.Log
             * @instance
             */
            Log.prototype.logger = "";

            /**
             * Log time.
             * @member {number} time
             * @memberof moqlab.v1.Log
             * @instance
             */
            Log.prototype.time = 0;

            /**
             * Creates a new Log instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.Log
             * @static
             * @param {moqlab.v1.Log.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.Log} Log instance
             * @type {{
             *   (properties: moqlab.v1.Log.$Shape): moqlab.v1.Log & moqlab.v1.Log.$Shape;
             *   (properties?: moqlab.v1.Log.$Properties): moqlab.v1.Log;
             * }}
             */
            Log.create = function(properties) {
                return new Log(properties);
            };

            /**
             * Encodes the specified Log message. Does not implicitly {@link moqlab.v1.Log.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.Log
             * @static
             * @param {moqlab.v1.Log.$Properties} message Log message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Log.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.level != null && $Object.hasOwnProperty.call(message, "level") && message.level !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.level);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.logger != null && $Object.hasOwnProperty.call(message, "logger") && message.logger !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.logger);
                if (message.time != null && $Object.hasOwnProperty.call(message, "time") && !$Object.is(message.time, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.time);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Log message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.Log
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.Log & moqlab.v1.Log.$Shape} Log
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Log.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.Log();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.level = value;
                            else
                                delete message.level;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.logger = value;
                            else
                                delete message.logger;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.time = value;
                            else
                                delete message.time;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Log message.
             * @function verify
             * @memberof moqlab.v1.Log
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Log.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
                    if (typeof message.level !== "number" || (message.level | 0) !== message.level)
                        return "level: enum value expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.logger != null && $Object.hasOwnProperty.call(message, "logger"))
                    if (!$util.isString(message.logger))
                        return "logger: string expected";
                if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                    if (typeof message.time !== "number")
                        return "time: number expected";
                return null;
            };

            /**
             * Creates a Log message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.Log
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.Log} Log
             */
            Log.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.Log)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.Log: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.Log();
                if (object.level !== 0 && (typeof object.level !== "string" || $root.moqlab.v1.LogLevel[object.level] !== 0))
                    switch (object.level) {
                    case "LOG_LEVEL_UNSPECIFIED":
                    case 0:
                        message.level = 0;
                        break;
                    case "LOG_LEVEL_DEBUG":
                    case 1:
                        message.level = 1;
                        break;
                    case "LOG_LEVEL_INFO":
                    case 2:
                        message.level = 2;
                        break;
                    case "LOG_LEVEL_WARNING":
                    case 3:
                        message.level = 3;
                        break;
                    case "LOG_LEVEL_ERROR":
                    case 4:
                        message.level = 4;
                        break;
                    default:
                        if (typeof object.level === "number" && (object.level | 0) === object.level)
                            message.level = object.level;
                    }
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.logger != null)
                    if (typeof object.logger !== "string" || object.logger.length)
                        message.logger = $String(object.logger);
                if (object.time != null)
                    if (!$Object.is($Number(object.time), 0))
                        message.time = $Number(object.time);
                return message;
            };

            /**
             * Creates a plain object from a Log message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.Log
             * @static
             * @param {moqlab.v1.Log} message Log
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Log.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.level = options.enums === $String ? "LOG_LEVEL_UNSPECIFIED" : 0;
                    object.message = "";
                    object.logger = "";
                    object.time = 0;
                }
                if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
                    object.level = options.enums === $String ? $root.moqlab.v1.LogLevel[message.level] === $undefined ? message.level : $root.moqlab.v1.LogLevel[message.level] : message.level;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.logger != null && $Object.hasOwnProperty.call(message, "logger"))
                    object.logger = message.logger;
                if (message.time != null && $Object.hasOwnProperty.call(message, "time"))
                    object.time = options.json && !$isFinite(message.time) ? $String(message.time) : message.time;
                return object;
            };

            /**
             * Converts this Log to JSON.
             * @function toJSON
             * @memberof moqlab.v1.Log
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Log.prototype.toJSON = function() {
                return Log.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Log;
        })();

        /**
         * Phase enum.
         * @name moqlab.v1.Phase
         * @enum {number}
         * @property {number} PHASE_UNSPECIFIED=0 PHASE_UNSPECIFIED value
         * @property {number} PHASE_IDLE=1 PHASE_IDLE value
         * @property {number} PHASE_LOADING_DATA=2 PHASE_LOADING_DATA value
         * @property {number} PHASE_LOADING_MODEL=3 PHASE_LOADING_MODEL value
         * @property {number} PHASE_TRAINING=4 PHASE_TRAINING value
         * @property {number} PHASE_EVALUATING=5 PHASE_EVALUATING value
         * @property {number} PHASE_CHECKPOINTING=6 PHASE_CHECKPOINTING value
         */
        v1.Phase = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PHASE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "PHASE_IDLE"] = 1;
            values[valuesById[2] = "PHASE_LOADING_DATA"] = 2;
            values[valuesById[3] = "PHASE_LOADING_MODEL"] = 3;
            values[valuesById[4] = "PHASE_TRAINING"] = 4;
            values[valuesById[5] = "PHASE_EVALUATING"] = 5;
            values[valuesById[6] = "PHASE_CHECKPOINTING"] = 6;
            return values;
        })();

        v1.Status = (function() {

            /**
             * Properties of a Status.
             * @typedef {Object} moqlab.v1.Status.$Properties
             * @property {string|null} [requestId] Status requestId
             * @property {moqlab.v1.Phase|null} [phase] Status phase
             * @property {number|null} [done] Status done
             * @property {number|null} [total] Status total
             * @property {string|null} [detail] Status detail
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Status.
             * @memberof moqlab.v1
             * @interface IStatus
             * @augments moqlab.v1.Status.$Properties
             * @deprecated Use moqlab.v1.Status.$Properties instead.
             */

            /**
             * Shape of a Status.
             * @typedef {moqlab.v1.Status.$Properties} moqlab.v1.Status.$Shape
             */

            /**
             * Constructs a new Status.
             * @memberof moqlab.v1
             * @classdesc Represents a Status.
             * @constructor
             * @param {moqlab.v1.Status.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Status = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Status requestId.
             * @member {string} requestId
             * @memberof moqlab.v1.Status
             * @instance
             */
            Status.prototype.requestId = "";

            /**
             * Status phase.
             * @member {moqlab.v1.Phase} phase
             * @memberof moqlab.v1.Status
             * @instance
             */
            Status.prototype.phase = 0;

            /**
             * Status done.
             * @member {number} done
             * @memberof moqlab.v1.Status
             * @instance
             */
            Status.prototype.done = 0;

            /**
             * Status total.
             * @member {number} total
             * @memberof moqlab.v1.Status
             * @instance
             */
            Status.prototype.total = 0;

            /**
             * Status detail.
             * @member {string} detail
             * @memberof moqlab.v1.Status
             * @instance
             */
            Status.prototype.detail = "";

            /**
             * Creates a new Status instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.Status
             * @static
             * @param {moqlab.v1.Status.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.Status} Status instance
             * @type {{
             *   (properties: moqlab.v1.Status.$Shape): moqlab.v1.Status & moqlab.v1.Status.$Shape;
             *   (properties?: moqlab.v1.Status.$Properties): moqlab.v1.Status;
             * }}
             */
            Status.create = function(properties) {
                return new Status(properties);
            };

            /**
             * Encodes the specified Status message. Does not implicitly {@link moqlab.v1.Status.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.Status
             * @static
             * @param {moqlab.v1.Status.$Properties} message Status message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Status.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                if (message.phase != null && $Object.hasOwnProperty.call(message, "phase") && message.phase !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.phase);
                if (message.done != null && $Object.hasOwnProperty.call(message, "done") && message.done !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.done);
                if (message.total != null && $Object.hasOwnProperty.call(message, "total") && message.total !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.total);
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.detail);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Status message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.Status
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.Status & moqlab.v1.Status.$Shape} Status
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Status.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.Status();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.phase = value;
                            else
                                delete message.phase;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.done = value;
                            else
                                delete message.done;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.total = value;
                            else
                                delete message.total;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.detail = value;
                            else
                                delete message.detail;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Status message.
             * @function verify
             * @memberof moqlab.v1.Status
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Status.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    if (!$util.isString(message.requestId))
                        return "requestId: string expected";
                if (message.phase != null && $Object.hasOwnProperty.call(message, "phase"))
                    if (typeof message.phase !== "number" || (message.phase | 0) !== message.phase)
                        return "phase: enum value expected";
                if (message.done != null && $Object.hasOwnProperty.call(message, "done"))
                    if (!$util.isInteger(message.done))
                        return "done: integer expected";
                if (message.total != null && $Object.hasOwnProperty.call(message, "total"))
                    if (!$util.isInteger(message.total))
                        return "total: integer expected";
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                    if (!$util.isString(message.detail))
                        return "detail: string expected";
                return null;
            };

            /**
             * Creates a Status message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.Status
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.Status} Status
             */
            Status.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.Status)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.Status: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.Status();
                if (object.requestId != null)
                    if (typeof object.requestId !== "string" || object.requestId.length)
                        message.requestId = $String(object.requestId);
                if (object.phase !== 0 && (typeof object.phase !== "string" || $root.moqlab.v1.Phase[object.phase] !== 0))
                    switch (object.phase) {
                    case "PHASE_UNSPECIFIED":
                    case 0:
                        message.phase = 0;
                        break;
                    case "PHASE_IDLE":
                    case 1:
                        message.phase = 1;
                        break;
                    case "PHASE_LOADING_DATA":
                    case 2:
                        message.phase = 2;
                        break;
                    case "PHASE_LOADING_MODEL":
                    case 3:
                        message.phase = 3;
                        break;
                    case "PHASE_TRAINING":
                    case 4:
                        message.phase = 4;
                        break;
                    case "PHASE_EVALUATING":
                    case 5:
                        message.phase = 5;
                        break;
                    case "PHASE_CHECKPOINTING":
                    case 6:
                        message.phase = 6;
                        break;
                    default:
                        if (typeof object.phase === "number" && (object.phase | 0) === object.phase)
                            message.phase = object.phase;
                    }
                if (object.done != null)
                    if ($Number(object.done) !== 0)
                        message.done = object.done >>> 0;
                if (object.total != null)
                    if ($Number(object.total) !== 0)
                        message.total = object.total >>> 0;
                if (object.detail != null)
                    if (typeof object.detail !== "string" || object.detail.length)
                        message.detail = $String(object.detail);
                return message;
            };

            /**
             * Creates a plain object from a Status message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.Status
             * @static
             * @param {moqlab.v1.Status} message Status
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Status.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.requestId = "";
                    object.phase = options.enums === $String ? "PHASE_UNSPECIFIED" : 0;
                    object.done = 0;
                    object.total = 0;
                    object.detail = "";
                }
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = message.requestId;
                if (message.phase != null && $Object.hasOwnProperty.call(message, "phase"))
                    object.phase = options.enums === $String ? $root.moqlab.v1.Phase[message.phase] === $undefined ? message.phase : $root.moqlab.v1.Phase[message.phase] : message.phase;
                if (message.done != null && $Object.hasOwnProperty.call(message, "done"))
                    object.done = message.done;
                if (message.total != null && $Object.hasOwnProperty.call(message, "total"))
                    object.total = message.total;
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                    object.detail = message.detail;
                return object;
            };

            /**
             * Converts this Status to JSON.
             * @function toJSON
             * @memberof moqlab.v1.Status
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Status.prototype.toJSON = function() {
                return Status.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Status;
        })();

        v1.ModelSpec = (function() {

            /**
             * Properties of a ModelSpec.
             * @typedef {Object} moqlab.v1.ModelSpec.$Properties
             * @property {string|null} [name] ModelSpec name
             * @property {string|null} [kwargsJson] ModelSpec kwargsJson
             * @property {Array.<string>|null} [pythonPath] ModelSpec pythonPath
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ModelSpec.
             * @memberof moqlab.v1
             * @interface IModelSpec
             * @augments moqlab.v1.ModelSpec.$Properties
             * @deprecated Use moqlab.v1.ModelSpec.$Properties instead.
             */

            /**
             * Shape of a ModelSpec.
             * @typedef {moqlab.v1.ModelSpec.$Properties} moqlab.v1.ModelSpec.$Shape
             */

            /**
             * Constructs a new ModelSpec.
             * @memberof moqlab.v1
             * @classdesc Represents a ModelSpec.
             * @constructor
             * @param {moqlab.v1.ModelSpec.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ModelSpec = function (properties) {
                this.pythonPath = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ModelSpec name.
             * @member {string} name
             * @memberof moqlab.v1.ModelSpec
             * @instance
             */
            ModelSpec.prototype.name = "";

            /**
             * ModelSpec kwargsJson.
             * @member {string} kwargsJson
             * @memberof moqlab.v1.ModelSpec
             * @instance
             */
            ModelSpec.prototype.kwargsJson = "";

            /**
             * ModelSpec pythonPath.
             * @member {Array.<string>} pythonPath
             * @memberof moqlab.v1.ModelSpec
             * @instance
             */
            ModelSpec.prototype.pythonPath = $util.emptyArray;

            /**
             * Creates a new ModelSpec instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.ModelSpec
             * @static
             * @param {moqlab.v1.ModelSpec.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.ModelSpec} ModelSpec instance
             * @type {{
             *   (properties: moqlab.v1.ModelSpec.$Shape): moqlab.v1.ModelSpec & moqlab.v1.ModelSpec.$Shape;
             *   (properties?: moqlab.v1.ModelSpec.$Properties): moqlab.v1.ModelSpec;
             * }}
             */
            ModelSpec.create = function(properties) {
                return new ModelSpec(properties);
            };

            /**
             * Encodes the specified ModelSpec message. Does not implicitly {@link moqlab.v1.ModelSpec.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.ModelSpec
             * @static
             * @param {moqlab.v1.ModelSpec.$Properties} message ModelSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ModelSpec.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.kwargsJson != null && $Object.hasOwnProperty.call(message, "kwargsJson") && message.kwargsJson !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.kwargsJson);
                if (message.pythonPath != null && message.pythonPath.length)
                    for (let i = 0; i < message.pythonPath.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.pythonPath[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ModelSpec message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.ModelSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.ModelSpec & moqlab.v1.ModelSpec.$Shape} ModelSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ModelSpec.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.ModelSpec();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kwargsJson = value;
                            else
                                delete message.kwargsJson;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.pythonPath && message.pythonPath.length))
                                message.pythonPath = [];
                            message.pythonPath.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ModelSpec message.
             * @function verify
             * @memberof moqlab.v1.ModelSpec
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ModelSpec.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.kwargsJson != null && $Object.hasOwnProperty.call(message, "kwargsJson"))
                    if (!$util.isString(message.kwargsJson))
                        return "kwargsJson: string expected";
                if (message.pythonPath != null && $Object.hasOwnProperty.call(message, "pythonPath")) {
                    if (!$Array.isArray(message.pythonPath))
                        return "pythonPath: array expected";
                    for (let i = 0; i < message.pythonPath.length; ++i)
                        if (!$util.isString(message.pythonPath[i]))
                            return "pythonPath: string[] expected";
                }
                return null;
            };

            /**
             * Creates a ModelSpec message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.ModelSpec
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.ModelSpec} ModelSpec
             */
            ModelSpec.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.ModelSpec)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.ModelSpec: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.ModelSpec();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.kwargsJson != null)
                    if (typeof object.kwargsJson !== "string" || object.kwargsJson.length)
                        message.kwargsJson = $String(object.kwargsJson);
                if (object.pythonPath) {
                    if (!$Array.isArray(object.pythonPath))
                        throw $TypeError(".moqlab.v1.ModelSpec.pythonPath: array expected");
                    message.pythonPath = $Array(object.pythonPath.length);
                    for (let i = 0; i < object.pythonPath.length; ++i)
                        message.pythonPath[i] = $String(object.pythonPath[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a ModelSpec message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.ModelSpec
             * @static
             * @param {moqlab.v1.ModelSpec} message ModelSpec
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ModelSpec.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.pythonPath = [];
                if (options.defaults) {
                    object.name = "";
                    object.kwargsJson = "";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.kwargsJson != null && $Object.hasOwnProperty.call(message, "kwargsJson"))
                    object.kwargsJson = message.kwargsJson;
                if (message.pythonPath && message.pythonPath.length) {
                    object.pythonPath = $Array(message.pythonPath.length);
                    for (let j = 0; j < message.pythonPath.length; ++j)
                        object.pythonPath[j] = message.pythonPath[j];
                }
                return object;
            };

            /**
             * Converts this ModelSpec to JSON.
             * @function toJSON
             * @memberof moqlab.v1.ModelSpec
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ModelSpec.prototype.toJSON = function() {
                return ModelSpec.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ModelSpec;
        })();

        v1.LoadModel = (function() {

            /**
             * Properties of a LoadModel.
             * @typedef {Object} moqlab.v1.LoadModel.$Properties
             * @property {moqlab.v1.ModelSpec.$Properties|null} [spec] LoadModel spec
             * @property {string|null} [device] LoadModel device
             * @property {number|null} [seed] LoadModel seed
             * @property {number|null} [defaultNumLabels] LoadModel defaultNumLabels
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LoadModel.
             * @memberof moqlab.v1
             * @interface ILoadModel
             * @augments moqlab.v1.LoadModel.$Properties
             * @deprecated Use moqlab.v1.LoadModel.$Properties instead.
             */

            /**
             * Shape of a LoadModel.
             * @typedef {moqlab.v1.LoadModel.$Properties} moqlab.v1.LoadModel.$Shape
             */

            /**
             * Constructs a new LoadModel.
             * @memberof moqlab.v1
             * @classdesc Represents a LoadModel.
             * @constructor
             * @param {moqlab.v1.LoadModel.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LoadModel = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LoadModel spec.
             * @member {moqlab.v1.ModelSpec.$Properties|null|undefined} spec
             * @memberof moqlab.v1.LoadModel
             * @instance
             */
            LoadModel.prototype.spec = null;

            /**
             * LoadModel device.
             * @member {string} device
             * @memberof moqlab.v1.LoadModel
             * @instance
             */
            LoadModel.prototype.device = "";

            /**
             * LoadModel seed.
             * @member {number} seed
             * @memberof moqlab.v1.LoadModel
             * @instance
             */
            LoadModel.prototype.seed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LoadModel defaultNumLabels.
             * @member {number} defaultNumLabels
             * @memberof moqlab.v1.LoadModel
             * @instance
             */
            LoadModel.prototype.defaultNumLabels = 0;

            /**
             * Creates a new LoadModel instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.LoadModel
             * @static
             * @param {moqlab.v1.LoadModel.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.LoadModel} LoadModel instance
             * @type {{
             *   (properties: moqlab.v1.LoadModel.$Shape): moqlab.v1.LoadModel & moqlab.v1.LoadModel.$Shape;
             *   (properties?: moqlab.v1.LoadModel.$Properties): moqlab.v1.LoadModel;
             * }}
             */
            LoadModel.create = function(properties) {
                return new LoadModel(properties);
            };

            /**
             * Encodes the specified LoadModel message. Does not implicitly {@link moqlab.v1.LoadModel.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.LoadModel
             * @static
             * @param {moqlab.v1.LoadModel.$Properties} message LoadModel message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoadModel.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                    $root.moqlab.v1.ModelSpec.encode(message.spec, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.device != null && $Object.hasOwnProperty.call(message, "device") && message.device !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.device);
                if (message.seed != null && $Object.hasOwnProperty.call(message, "seed") && (typeof message.seed === "object" ? message.seed.low || message.seed.high : message.seed !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.seed);
                if (message.defaultNumLabels != null && $Object.hasOwnProperty.call(message, "defaultNumLabels") && message.defaultNumLabels !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.defaultNumLabels);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LoadModel message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.LoadModel
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.LoadModel & moqlab.v1.LoadModel.$Shape} LoadModel
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoadModel.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.LoadModel();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.spec = $root.moqlab.v1.ModelSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.spec);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.device = value;
                            else
                                delete message.device;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seed = value;
                            else
                                delete message.seed;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.defaultNumLabels = value;
                            else
                                delete message.defaultNumLabels;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a LoadModel message.
             * @function verify
             * @memberof moqlab.v1.LoadModel
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LoadModel.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.spec != null && $Object.hasOwnProperty.call(message, "spec")) {
                    let error = $root.moqlab.v1.ModelSpec.verify(message.spec, _depth + 1);
                    if (error)
                        return "spec." + error;
                }
                if (message.device != null && $Object.hasOwnProperty.call(message, "device"))
                    if (!$util.isString(message.device))
                        return "device: string expected";
                if (message.seed != null && $Object.hasOwnProperty.call(message, "seed"))
                    if (!$util.isInteger(message.seed) && !(message.seed && $util.isInteger(message.seed.low) && $util.isInteger(message.seed.high)))
                        return "seed: integer|Long expected";
                if (message.defaultNumLabels != null && $Object.hasOwnProperty.call(message, "defaultNumLabels"))
                    if (!$util.isInteger(message.defaultNumLabels))
                        return "defaultNumLabels: integer expected";
                return null;
            };

            /**
             * Creates a LoadModel message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.LoadModel
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.LoadModel} LoadModel
             */
            LoadModel.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.LoadModel)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.LoadModel: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.LoadModel();
                if (object.spec != null) {
                    if (!$util.isObject(object.spec))
                        throw $TypeError(".moqlab.v1.LoadModel.spec: object expected");
                    message.spec = $root.moqlab.v1.ModelSpec.fromObject(object.spec, _depth + 1);
                }
                if (object.device != null)
                    if (typeof object.device !== "string" || object.device.length)
                        message.device = $String(object.device);
                if (object.seed != null)
                    if (typeof object.seed === "object" ? object.seed.low || object.seed.high : $Number(object.seed) !== 0)
                        if ($util.Long)
                            message.seed = $util.Long.fromValue(object.seed, true);
                        else if (typeof object.seed === "string")
                            message.seed = $parseInt(object.seed, 10);
                        else if (typeof object.seed === "number")
                            message.seed = object.seed;
                        else if (typeof object.seed === "object")
                            message.seed = new $util.LongBits(object.seed.low >>> 0, object.seed.high >>> 0).toNumber(true);
                if (object.defaultNumLabels != null)
                    if ($Number(object.defaultNumLabels) !== 0)
                        message.defaultNumLabels = object.defaultNumLabels >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a LoadModel message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.LoadModel
             * @static
             * @param {moqlab.v1.LoadModel} message LoadModel
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LoadModel.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.spec = null;
                    object.device = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seed = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seed = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.defaultNumLabels = 0;
                }
                if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                    object.spec = $root.moqlab.v1.ModelSpec.toObject(message.spec, options, _depth + 1);
                if (message.device != null && $Object.hasOwnProperty.call(message, "device"))
                    object.device = message.device;
                if (message.seed != null && $Object.hasOwnProperty.call(message, "seed"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seed = typeof message.seed === "number" ? $BigInt(message.seed) : $util.Long.fromBits(message.seed.low >>> 0, message.seed.high >>> 0, true).toBigInt();
                    else if (typeof message.seed === "number")
                        object.seed = options.longs === $String ? $String(message.seed) : message.seed;
                    else
                        object.seed = options.longs === $String ? $util.Long.prototype.toString.call(message.seed) : options.longs === $Number ? new $util.LongBits(message.seed.low >>> 0, message.seed.high >>> 0).toNumber(true) : message.seed;
                if (message.defaultNumLabels != null && $Object.hasOwnProperty.call(message, "defaultNumLabels"))
                    object.defaultNumLabels = message.defaultNumLabels;
                return object;
            };

            /**
             * Converts this LoadModel to JSON.
             * @function toJSON
             * @memberof moqlab.v1.LoadModel
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LoadModel.prototype.toJSON = function() {
                return LoadModel.toObject(this, $protobuf.util.toJSONOptions);
            };

            return LoadModel;
        })();

        v1.ParameterInfo = (function() {

            /**
             * Properties of a ParameterInfo.
             * @typedef {Object} moqlab.v1.ParameterInfo.$Properties
             * @property {string|null} [name] ParameterInfo name
             * @property {Array.<number>|null} [shape] ParameterInfo shape
             * @property {number|null} [numel] ParameterInfo numel
             * @property {string|null} [dtype] ParameterInfo dtype
             * @property {boolean|null} [trainable] ParameterInfo trainable
             * @property {number|null} [index] ParameterInfo index
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ParameterInfo.
             * @memberof moqlab.v1
             * @interface IParameterInfo
             * @augments moqlab.v1.ParameterInfo.$Properties
             * @deprecated Use moqlab.v1.ParameterInfo.$Properties instead.
             */

            /**
             * Shape of a ParameterInfo.
             * @typedef {moqlab.v1.ParameterInfo.$Properties} moqlab.v1.ParameterInfo.$Shape
             */

            /**
             * Constructs a new ParameterInfo.
             * @memberof moqlab.v1
             * @classdesc Represents a ParameterInfo.
             * @constructor
             * @param {moqlab.v1.ParameterInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ParameterInfo = function (properties) {
                this.shape = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ParameterInfo name.
             * @member {string} name
             * @memberof moqlab.v1.ParameterInfo
             * @instance
             */
            ParameterInfo.prototype.name = "";

            /**
             * ParameterInfo shape.
             * @member {Array.<number>} shape
             * @memberof moqlab.v1.ParameterInfo
             * @instance
             */
            ParameterInfo.prototype.shape = $util.emptyArray;

            /**
             * ParameterInfo numel.
             * @member {number} numel
             * @memberof moqlab.v1.ParameterInfo
             * @instance
             */
            ParameterInfo.prototype.numel = 0;

            /**
             * ParameterInfo dtype.
             * @member {string} dtype
             * @memberof moqlab.v1.ParameterInfo
             * @instance
             */
            ParameterInfo.prototype.dtype = "";

            /**
             * ParameterInfo trainable.
             * @member {boolean} trainable
             * @memberof moqlab.v1.ParameterInfo
             * @instance
             */
            ParameterInfo.prototype.trainable = false;

            /**
             * ParameterInfo index.
             * @member {number} index
             * @memberof moqlab.v1.ParameterInfo
             * @instance
             */
            ParameterInfo.prototype.index = 0;

            /**
             * Creates a new ParameterInfo instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.ParameterInfo
             * @static
             * @param {moqlab.v1.ParameterInfo.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.ParameterInfo} ParameterInfo instance
             * @type {{
             *   (properties: moqlab.v1.ParameterInfo.$Shape): moqlab.v1.ParameterInfo & moqlab.v1.ParameterInfo.$Shape;
             *   (properties?: moqlab.v1.ParameterInfo.$Properties): moqlab.v1.ParameterInfo;
             * }}
             */
            ParameterInfo.create = function(properties) {
                return new ParameterInfo(properties);
            };

            /**
             * Encodes the specified ParameterInfo message. Does not implicitly {@link moqlab.v1.ParameterInfo.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.ParameterInfo
             * @static
             * @param {moqlab.v1.ParameterInfo.$Properties} message ParameterInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ParameterInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.shape != null && message.shape.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).uint32s(message.shape);
                if (message.numel != null && $Object.hasOwnProperty.call(message, "numel") && !$Object.is(message.numel, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.numel);
                if (message.dtype != null && $Object.hasOwnProperty.call(message, "dtype") && message.dtype !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.dtype);
                if (message.trainable != null && $Object.hasOwnProperty.call(message, "trainable") && message.trainable !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.trainable);
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.index);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ParameterInfo message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.ParameterInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.ParameterInfo & moqlab.v1.ParameterInfo.$Shape} ParameterInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ParameterInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.ParameterInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.shape && message.shape.length))
                                    message.shape = [];
                                reader.uint32s(message.shape);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.shape && message.shape.length))
                                message.shape = [];
                            message.shape.push(reader.uint32());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.numel = value;
                            else
                                delete message.numel;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.dtype = value;
                            else
                                delete message.dtype;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.trainable = value;
                            else
                                delete message.trainable;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ParameterInfo message.
             * @function verify
             * @memberof moqlab.v1.ParameterInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ParameterInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.shape != null && $Object.hasOwnProperty.call(message, "shape")) {
                    if (!$Array.isArray(message.shape))
                        return "shape: array expected";
                    for (let i = 0; i < message.shape.length; ++i)
                        if (!$util.isInteger(message.shape[i]))
                            return "shape: integer[] expected";
                }
                if (message.numel != null && $Object.hasOwnProperty.call(message, "numel"))
                    if (typeof message.numel !== "number")
                        return "numel: number expected";
                if (message.dtype != null && $Object.hasOwnProperty.call(message, "dtype"))
                    if (!$util.isString(message.dtype))
                        return "dtype: string expected";
                if (message.trainable != null && $Object.hasOwnProperty.call(message, "trainable"))
                    if (typeof message.trainable !== "boolean")
                        return "trainable: boolean expected";
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    if (!$util.isInteger(message.index))
                        return "index: integer expected";
                return null;
            };

            /**
             * Creates a ParameterInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.ParameterInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.ParameterInfo} ParameterInfo
             */
            ParameterInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.ParameterInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.ParameterInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.ParameterInfo();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.shape) {
                    if (!$Array.isArray(object.shape))
                        throw $TypeError(".moqlab.v1.ParameterInfo.shape: array expected");
                    message.shape = $Array(object.shape.length);
                    for (let i = 0; i < object.shape.length; ++i)
                        message.shape[i] = object.shape[i] >>> 0;
                }
                if (object.numel != null)
                    if (!$Object.is($Number(object.numel), 0))
                        message.numel = $Number(object.numel);
                if (object.dtype != null)
                    if (typeof object.dtype !== "string" || object.dtype.length)
                        message.dtype = $String(object.dtype);
                if (object.trainable != null)
                    if (object.trainable)
                        message.trainable = $Boolean(object.trainable);
                if (object.index != null)
                    if ($Number(object.index) !== 0)
                        message.index = object.index >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a ParameterInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.ParameterInfo
             * @static
             * @param {moqlab.v1.ParameterInfo} message ParameterInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ParameterInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.shape = [];
                if (options.defaults) {
                    object.name = "";
                    object.numel = 0;
                    object.dtype = "";
                    object.trainable = false;
                    object.index = 0;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.shape && message.shape.length) {
                    object.shape = $Array(message.shape.length);
                    for (let j = 0; j < message.shape.length; ++j)
                        object.shape[j] = message.shape[j];
                }
                if (message.numel != null && $Object.hasOwnProperty.call(message, "numel"))
                    object.numel = options.json && !$isFinite(message.numel) ? $String(message.numel) : message.numel;
                if (message.dtype != null && $Object.hasOwnProperty.call(message, "dtype"))
                    object.dtype = message.dtype;
                if (message.trainable != null && $Object.hasOwnProperty.call(message, "trainable"))
                    object.trainable = message.trainable;
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    object.index = message.index;
                return object;
            };

            /**
             * Converts this ParameterInfo to JSON.
             * @function toJSON
             * @memberof moqlab.v1.ParameterInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ParameterInfo.prototype.toJSON = function() {
                return ParameterInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ParameterInfo;
        })();

        /**
         * ModuleKind enum.
         * @name moqlab.v1.ModuleKind
         * @enum {number}
         * @property {number} MODULE_KIND_UNSPECIFIED=0 MODULE_KIND_UNSPECIFIED value
         * @property {number} MODULE_KIND_LINEAR=1 MODULE_KIND_LINEAR value
         * @property {number} MODULE_KIND_CONV=2 MODULE_KIND_CONV value
         * @property {number} MODULE_KIND_EMBEDDING=3 MODULE_KIND_EMBEDDING value
         * @property {number} MODULE_KIND_OTHER=4 MODULE_KIND_OTHER value
         */
        v1.ModuleKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "MODULE_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "MODULE_KIND_LINEAR"] = 1;
            values[valuesById[2] = "MODULE_KIND_CONV"] = 2;
            values[valuesById[3] = "MODULE_KIND_EMBEDDING"] = 3;
            values[valuesById[4] = "MODULE_KIND_OTHER"] = 4;
            return values;
        })();

        v1.ModuleInfo = (function() {

            /**
             * Properties of a ModuleInfo.
             * @typedef {Object} moqlab.v1.ModuleInfo.$Properties
             * @property {string|null} [name] ModuleInfo name
             * @property {string|null} [type] ModuleInfo type
             * @property {Array.<moqlab.v1.ParameterInfo.$Properties>|null} [parameters] ModuleInfo parameters
             * @property {moqlab.v1.ModuleKind|null} [kind] ModuleInfo kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ModuleInfo.
             * @memberof moqlab.v1
             * @interface IModuleInfo
             * @augments moqlab.v1.ModuleInfo.$Properties
             * @deprecated Use moqlab.v1.ModuleInfo.$Properties instead.
             */

            /**
             * Shape of a ModuleInfo.
             * @typedef {moqlab.v1.ModuleInfo.$Properties} moqlab.v1.ModuleInfo.$Shape
             */

            /**
             * Constructs a new ModuleInfo.
             * @memberof moqlab.v1
             * @classdesc Represents a ModuleInfo.
             * @constructor
             * @param {moqlab.v1.ModuleInfo.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ModuleInfo = function (properties) {
                this.parameters = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ModuleInfo name.
             * @member {string} name
             * @memberof moqlab.v1.ModuleInfo
             * @instance
             */
            ModuleInfo.prototype.name = "";

            /**
             * ModuleInfo type.
             * @member {string} type
             * @memberof moqlab.v1.ModuleInfo
             * @instance
             */
            ModuleInfo.prototype.type = "";

            /**
             * ModuleInfo parameters.
             * @member {Array.<moqlab.v1.ParameterInfo.$Properties>} parameters
             * @memberof moqlab.v1.ModuleInfo
             * @instance
             */
            ModuleInfo.prototype.parameters = $util.emptyArray;

            /**
             * ModuleInfo kind.
             * @member {moqlab.v1.ModuleKind} kind
             * @memberof moqlab.v1.ModuleInfo
             * @instance
             */
            ModuleInfo.prototype.kind = 0;

            /**
             * Creates a new ModuleInfo instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.ModuleInfo
             * @static
             * @param {moqlab.v1.ModuleInfo.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.ModuleInfo} ModuleInfo instance
             * @type {{
             *   (properties: moqlab.v1.ModuleInfo.$Shape): moqlab.v1.ModuleInfo & moqlab.v1.ModuleInfo.$Shape;
             *   (properties?: moqlab.v1.ModuleInfo.$Properties): moqlab.v1.ModuleInfo;
             * }}
             */
            ModuleInfo.create = function(properties) {
                return new ModuleInfo(properties);
            };

            /**
             * Encodes the specified ModuleInfo message. Does not implicitly {@link moqlab.v1.ModuleInfo.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.ModuleInfo
             * @static
             * @param {moqlab.v1.ModuleInfo.$Properties} message ModuleInfo message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ModuleInfo.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.type);
                if (message.parameters != null && message.parameters.length)
                    for (let i = 0; i < message.parameters.length; ++i)
                        $root.moqlab.v1.ParameterInfo.encode(message.parameters[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.kind);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ModuleInfo message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.ModuleInfo
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.ModuleInfo & moqlab.v1.ModuleInfo.$Shape} ModuleInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ModuleInfo.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.ModuleInfo();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.parameters && message.parameters.length))
                                message.parameters = [];
                            message.parameters.push($root.moqlab.v1.ParameterInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ModuleInfo message.
             * @function verify
             * @memberof moqlab.v1.ModuleInfo
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ModuleInfo.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    if (!$util.isString(message.type))
                        return "type: string expected";
                if (message.parameters != null && $Object.hasOwnProperty.call(message, "parameters")) {
                    if (!$Array.isArray(message.parameters))
                        return "parameters: array expected";
                    for (let i = 0; i < message.parameters.length; ++i) {
                        let error = $root.moqlab.v1.ParameterInfo.verify(message.parameters[i], _depth + 1);
                        if (error)
                            return "parameters." + error;
                    }
                }
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                return null;
            };

            /**
             * Creates a ModuleInfo message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.ModuleInfo
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.ModuleInfo} ModuleInfo
             */
            ModuleInfo.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.ModuleInfo)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.ModuleInfo: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.ModuleInfo();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.type != null)
                    if (typeof object.type !== "string" || object.type.length)
                        message.type = $String(object.type);
                if (object.parameters) {
                    if (!$Array.isArray(object.parameters))
                        throw $TypeError(".moqlab.v1.ModuleInfo.parameters: array expected");
                    message.parameters = $Array(object.parameters.length);
                    for (let i = 0; i < object.parameters.length; ++i) {
                        if (!$util.isObject(object.parameters[i]))
                            throw $TypeError(".moqlab.v1.ModuleInfo.parameters: object expected");
                        message.parameters[i] = $root.moqlab.v1.ParameterInfo.fromObject(object.parameters[i], _depth + 1);
                    }
                }
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.moqlab.v1.ModuleKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "MODULE_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "MODULE_KIND_LINEAR":
                    case 1:
                        message.kind = 1;
                        break;
                    case "MODULE_KIND_CONV":
                    case 2:
                        message.kind = 2;
                        break;
                    case "MODULE_KIND_EMBEDDING":
                    case 3:
                        message.kind = 3;
                        break;
                    case "MODULE_KIND_OTHER":
                    case 4:
                        message.kind = 4;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                return message;
            };

            /**
             * Creates a plain object from a ModuleInfo message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.ModuleInfo
             * @static
             * @param {moqlab.v1.ModuleInfo} message ModuleInfo
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ModuleInfo.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.parameters = [];
                if (options.defaults) {
                    object.name = "";
                    object.type = "";
                    object.kind = options.enums === $String ? "MODULE_KIND_UNSPECIFIED" : 0;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = message.type;
                if (message.parameters && message.parameters.length) {
                    object.parameters = $Array(message.parameters.length);
                    for (let j = 0; j < message.parameters.length; ++j)
                        object.parameters[j] = $root.moqlab.v1.ParameterInfo.toObject(message.parameters[j], options, _depth + 1);
                }
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.moqlab.v1.ModuleKind[message.kind] === $undefined ? message.kind : $root.moqlab.v1.ModuleKind[message.kind] : message.kind;
                return object;
            };

            /**
             * Converts this ModuleInfo to JSON.
             * @function toJSON
             * @memberof moqlab.v1.ModuleInfo
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ModuleInfo.prototype.toJSON = function() {
                return ModuleInfo.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ModuleInfo;
        })();

        v1.ModelSummary = (function() {

            /**
             * Properties of a ModelSummary.
             * @typedef {Object} moqlab.v1.ModelSummary.$Properties
             * @property {string|null} [modelClass] ModelSummary modelClass
             * @property {Array.<moqlab.v1.ModuleInfo.$Properties>|null} [modules] ModelSummary modules
             * @property {number|null} [numParameters] ModelSummary numParameters
             * @property {number|null} [numTrainable] ModelSummary numTrainable
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ModelSummary.
             * @memberof moqlab.v1
             * @interface IModelSummary
             * @augments moqlab.v1.ModelSummary.$Properties
             * @deprecated Use moqlab.v1.ModelSummary.$Properties instead.
             */

            /**
             * Shape of a ModelSummary.
             * @typedef {moqlab.v1.ModelSummary.$Properties} moqlab.v1.ModelSummary.$Shape
             */

            /**
             * Constructs a new ModelSummary.
             * @memberof moqlab.v1
             * @classdesc Represents a ModelSummary.
             * @constructor
             * @param {moqlab.v1.ModelSummary.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ModelSummary = function (properties) {
                this.modules = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ModelSummary modelClass.
             * @member {string} modelClass
             * @memberof moqlab.v1.ModelSummary
             * @instance
             */
            ModelSummary.prototype.modelClass = "";

            /**
             * ModelSummary modules.
             * @member {Array.<moqlab.v1.ModuleInfo.$Properties>} modules
             * @memberof moqlab.v1.ModelSummary
             * @instance
             */
            ModelSummary.prototype.modules = $util.emptyArray;

            /**
             * ModelSummary numParameters.
             * @member {number} numParameters
             * @memberof moqlab.v1.ModelSummary
             * @instance
             */
            ModelSummary.prototype.numParameters = 0;

            /**
             * ModelSummary numTrainable.
             * @member {number} numTrainable
             * @memberof moqlab.v1.ModelSummary
             * @instance
             */
            ModelSummary.prototype.numTrainable = 0;

            /**
             * Creates a new ModelSummary instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.ModelSummary
             * @static
             * @param {moqlab.v1.ModelSummary.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.ModelSummary} ModelSummary instance
             * @type {{
             *   (properties: moqlab.v1.ModelSummary.$Shape): moqlab.v1.ModelSummary & moqlab.v1.ModelSummary.$Shape;
             *   (properties?: moqlab.v1.ModelSummary.$Properties): moqlab.v1.ModelSummary;
             * }}
             */
            ModelSummary.create = function(properties) {
                return new ModelSummary(properties);
            };

            /**
             * Encodes the specified ModelSummary message. Does not implicitly {@link moqlab.v1.ModelSummary.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.ModelSummary
             * @static
             * @param {moqlab.v1.ModelSummary.$Properties} message ModelSummary message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ModelSummary.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.modelClass != null && $Object.hasOwnProperty.call(message, "modelClass") && message.modelClass !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.modelClass);
                if (message.modules != null && message.modules.length)
                    for (let i = 0; i < message.modules.length; ++i)
                        $root.moqlab.v1.ModuleInfo.encode(message.modules[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.numParameters != null && $Object.hasOwnProperty.call(message, "numParameters") && !$Object.is(message.numParameters, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.numParameters);
                if (message.numTrainable != null && $Object.hasOwnProperty.call(message, "numTrainable") && !$Object.is(message.numTrainable, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.numTrainable);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ModelSummary message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.ModelSummary
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.ModelSummary & moqlab.v1.ModelSummary.$Shape} ModelSummary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ModelSummary.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.ModelSummary();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.modelClass = value;
                            else
                                delete message.modelClass;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.modules && message.modules.length))
                                message.modules = [];
                            message.modules.push($root.moqlab.v1.ModuleInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.numParameters = value;
                            else
                                delete message.numParameters;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.numTrainable = value;
                            else
                                delete message.numTrainable;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ModelSummary message.
             * @function verify
             * @memberof moqlab.v1.ModelSummary
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ModelSummary.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.modelClass != null && $Object.hasOwnProperty.call(message, "modelClass"))
                    if (!$util.isString(message.modelClass))
                        return "modelClass: string expected";
                if (message.modules != null && $Object.hasOwnProperty.call(message, "modules")) {
                    if (!$Array.isArray(message.modules))
                        return "modules: array expected";
                    for (let i = 0; i < message.modules.length; ++i) {
                        let error = $root.moqlab.v1.ModuleInfo.verify(message.modules[i], _depth + 1);
                        if (error)
                            return "modules." + error;
                    }
                }
                if (message.numParameters != null && $Object.hasOwnProperty.call(message, "numParameters"))
                    if (typeof message.numParameters !== "number")
                        return "numParameters: number expected";
                if (message.numTrainable != null && $Object.hasOwnProperty.call(message, "numTrainable"))
                    if (typeof message.numTrainable !== "number")
                        return "numTrainable: number expected";
                return null;
            };

            /**
             * Creates a ModelSummary message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.ModelSummary
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.ModelSummary} ModelSummary
             */
            ModelSummary.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.ModelSummary)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.ModelSummary: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.ModelSummary();
                if (object.modelClass != null)
                    if (typeof object.modelClass !== "string" || object.modelClass.length)
                        message.modelClass = $String(object.modelClass);
                if (object.modules) {
                    if (!$Array.isArray(object.modules))
                        throw $TypeError(".moqlab.v1.ModelSummary.modules: array expected");
                    message.modules = $Array(object.modules.length);
                    for (let i = 0; i < object.modules.length; ++i) {
                        if (!$util.isObject(object.modules[i]))
                            throw $TypeError(".moqlab.v1.ModelSummary.modules: object expected");
                        message.modules[i] = $root.moqlab.v1.ModuleInfo.fromObject(object.modules[i], _depth + 1);
                    }
                }
                if (object.numParameters != null)
                    if (!$Object.is($Number(object.numParameters), 0))
                        message.numParameters = $Number(object.numParameters);
                if (object.numTrainable != null)
                    if (!$Object.is($Number(object.numTrainable), 0))
                        message.numTrainable = $Number(object.numTrainable);
                return message;
            };

            /**
             * Creates a plain object from a ModelSummary message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.ModelSummary
             * @static
             * @param {moqlab.v1.ModelSummary} message ModelSummary
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ModelSummary.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.modules = [];
                if (options.defaults) {
                    object.modelClass = "";
                    object.numParameters = 0;
                    object.numTrainable = 0;
                }
                if (message.modelClass != null && $Object.hasOwnProperty.call(message, "modelClass"))
                    object.modelClass = message.modelClass;
                if (message.modules && message.modules.length) {
                    object.modules = $Array(message.modules.length);
                    for (let j = 0; j < message.modules.length; ++j)
                        object.modules[j] = $root.moqlab.v1.ModuleInfo.toObject(message.modules[j], options, _depth + 1);
                }
                if (message.numParameters != null && $Object.hasOwnProperty.call(message, "numParameters"))
                    object.numParameters = options.json && !$isFinite(message.numParameters) ? $String(message.numParameters) : message.numParameters;
                if (message.numTrainable != null && $Object.hasOwnProperty.call(message, "numTrainable"))
                    object.numTrainable = options.json && !$isFinite(message.numTrainable) ? $String(message.numTrainable) : message.numTrainable;
                return object;
            };

            /**
             * Converts this ModelSummary to JSON.
             * @function toJSON
             * @memberof moqlab.v1.ModelSummary
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ModelSummary.prototype.toJSON = function() {
                return ModelSummary.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ModelSummary;
        })();

        v1.LoadModelResult = (function() {

            /**
             * Properties of a LoadModelResult.
             * @typedef {Object} moqlab.v1.LoadModelResult.$Properties
             * @property {moqlab.v1.ModelSummary.$Properties|null} [summary] LoadModelResult summary
             * @property {string|null} [device] LoadModelResult device
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LoadModelResult.
             * @memberof moqlab.v1
             * @interface ILoadModelResult
             * @augments moqlab.v1.LoadModelResult.$Properties
             * @deprecated Use moqlab.v1.LoadModelResult.$Properties instead.
             */

            /**
             * Shape of a LoadModelResult.
             * @typedef {moqlab.v1.LoadModelResult.$Properties} moqlab.v1.LoadModelResult.$Shape
             */

            /**
             * Constructs a new LoadModelResult.
             * @memberof moqlab.v1
             * @classdesc Represents a LoadModelResult.
             * @constructor
             * @param {moqlab.v1.LoadModelResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LoadModelResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LoadModelResult summary.
             * @member {moqlab.v1.ModelSummary.$Properties|null|undefined} summary
             * @memberof moqlab.v1.LoadModelResult
             * @instance
             */
            LoadModelResult.prototype.summary = null;

            /**
             * LoadModelResult device.
             * @member {string} device
             * @memberof moqlab.v1.LoadModelResult
             * @instance
             */
            LoadModelResult.prototype.device = "";

            /**
             * Creates a new LoadModelResult instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.LoadModelResult
             * @static
             * @param {moqlab.v1.LoadModelResult.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.LoadModelResult} LoadModelResult instance
             * @type {{
             *   (properties: moqlab.v1.LoadModelResult.$Shape): moqlab.v1.LoadModelResult & moqlab.v1.LoadModelResult.$Shape;
             *   (properties?: moqlab.v1.LoadModelResult.$Properties): moqlab.v1.LoadModelResult;
             * }}
             */
            LoadModelResult.create = function(properties) {
                return new LoadModelResult(properties);
            };

            /**
             * Encodes the specified LoadModelResult message. Does not implicitly {@link moqlab.v1.LoadModelResult.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.LoadModelResult
             * @static
             * @param {moqlab.v1.LoadModelResult.$Properties} message LoadModelResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoadModelResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.summary != null && $Object.hasOwnProperty.call(message, "summary"))
                    $root.moqlab.v1.ModelSummary.encode(message.summary, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.device != null && $Object.hasOwnProperty.call(message, "device") && message.device !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.device);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LoadModelResult message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.LoadModelResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.LoadModelResult & moqlab.v1.LoadModelResult.$Shape} LoadModelResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoadModelResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.LoadModelResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.summary = $root.moqlab.v1.ModelSummary.decode(reader, reader.size(), $undefined, _depth + 1, message.summary);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.device = value;
                            else
                                delete message.device;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a LoadModelResult message.
             * @function verify
             * @memberof moqlab.v1.LoadModelResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LoadModelResult.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.summary != null && $Object.hasOwnProperty.call(message, "summary")) {
                    let error = $root.moqlab.v1.ModelSummary.verify(message.summary, _depth + 1);
                    if (error)
                        return "summary." + error;
                }
                if (message.device != null && $Object.hasOwnProperty.call(message, "device"))
                    if (!$util.isString(message.device))
                        return "device: string expected";
                return null;
            };

            /**
             * Creates a LoadModelResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.LoadModelResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.LoadModelResult} LoadModelResult
             */
            LoadModelResult.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.LoadModelResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.LoadModelResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.LoadModelResult();
                if (object.summary != null) {
                    if (!$util.isObject(object.summary))
                        throw $TypeError(".moqlab.v1.LoadModelResult.summary: object expected");
                    message.summary = $root.moqlab.v1.ModelSummary.fromObject(object.summary, _depth + 1);
                }
                if (object.device != null)
                    if (typeof object.device !== "string" || object.device.length)
                        message.device = $String(object.device);
                return message;
            };

            /**
             * Creates a plain object from a LoadModelResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.LoadModelResult
             * @static
             * @param {moqlab.v1.LoadModelResult} message LoadModelResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LoadModelResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.summary = null;
                    object.device = "";
                }
                if (message.summary != null && $Object.hasOwnProperty.call(message, "summary"))
                    object.summary = $root.moqlab.v1.ModelSummary.toObject(message.summary, options, _depth + 1);
                if (message.device != null && $Object.hasOwnProperty.call(message, "device"))
                    object.device = message.device;
                return object;
            };

            /**
             * Converts this LoadModelResult to JSON.
             * @function toJSON
             * @memberof moqlab.v1.LoadModelResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LoadModelResult.prototype.toJSON = function() {
                return LoadModelResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            return LoadModelResult;
        })();

        /**
         * TaskType enum.
         * @name moqlab.v1.TaskType
         * @enum {number}
         * @property {number} TASK_TYPE_UNSPECIFIED=0 TASK_TYPE_UNSPECIFIED value
         * @property {number} TASK_TYPE_CLASSIFICATION=1 TASK_TYPE_CLASSIFICATION value
         * @property {number} TASK_TYPE_REGRESSION=2 TASK_TYPE_REGRESSION value
         */
        v1.TaskType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "TASK_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "TASK_TYPE_CLASSIFICATION"] = 1;
            values[valuesById[2] = "TASK_TYPE_REGRESSION"] = 2;
            return values;
        })();

        v1.DataSpec = (function() {

            /**
             * Properties of a DataSpec.
             * @typedef {Object} moqlab.v1.DataSpec.$Properties
             * @property {string|null} [name] DataSpec name
             * @property {string|null} [path] DataSpec path
             * @property {string|null} [task] DataSpec task
             * @property {string|null} [vocabPath] DataSpec vocabPath
             * @property {number|null} [maxSeqLen] DataSpec maxSeqLen
             * @property {number|null} [maxTrainExamples] DataSpec maxTrainExamples
             * @property {number|null} [maxEvalExamples] DataSpec maxEvalExamples
             * @property {string|null} [trainPath] DataSpec trainPath
             * @property {string|null} [evalPath] DataSpec evalPath
             * @property {Array.<string>|null} [textColumns] DataSpec textColumns
             * @property {string|null} [labelColumn] DataSpec labelColumn
             * @property {moqlab.v1.TaskType|null} [taskType] DataSpec taskType
             * @property {Array.<string>|null} [labels] DataSpec labels
             * @property {string|null} [format] DataSpec format
             * @property {boolean|null} [strict] DataSpec strict
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DataSpec.
             * @memberof moqlab.v1
             * @interface IDataSpec
             * @augments moqlab.v1.DataSpec.$Properties
             * @deprecated Use moqlab.v1.DataSpec.$Properties instead.
             */

            /**
             * Shape of a DataSpec.
             * @typedef {moqlab.v1.DataSpec.$Properties} moqlab.v1.DataSpec.$Shape
             */

            /**
             * Constructs a new DataSpec.
             * @memberof moqlab.v1
             * @classdesc Represents a DataSpec.
             * @constructor
             * @param {moqlab.v1.DataSpec.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DataSpec = function (properties) {
                this.textColumns = [];
                this.labels = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DataSpec name.
             * @member {string} name
             * @memberof moqlab.v1.DataSpec
             * @instance
             */
            DataSpec.prototype.name = "";

            /**
             * DataSpec path.
             * @member {string} path
             * @memberof moqlab.v1.DataSpec
             * @instance
             */
            DataSpec.prototype.path = "";

            /**
             * DataSpec task.
             * @member {string} task
             * @memberof moqlab.v1.DataSpec
             * @instance
             */
            DataSpec.prototype.task = "";

            /**
             * DataSpec vocabPath.
             * @member {string} vocabPath
             * @memberof moqlab.v1.DataSpec
             * @instance
             */
            DataSpec.prototype.vocabPath = "";

            /**
             * DataSpec maxSeqLen.
             * @member {number} maxSeqLen
             * @memberof moqlab.v1.DataSpec
             * @instance
             */
            DataSpec.prototype.maxSeqLen = 0;

            /**
             * DataSpec maxTrainExamples.
             * @member {number} maxTrainExamples
             * @memberof moqlab.v1.DataSpec
             * @instance
             */
            DataSpec.prototype.maxTrainExamples = 0;

            /**
             * DataSpec maxEvalExamples.
             * @member {number} maxEvalExamples
             * @memberof moqlab.v1.DataSpec
             * @instance
             */
            DataSpec.prototype.maxEvalExamples = 0;

            /**
             * DataSpec trainPath.
             * @member {string} trainPath
             * @memberof moqlab.v1.DataSpec
             * @instance
             */
            DataSpec.prototype.trainPath = "";

            /**
             * DataSpec evalPath.
             * @member {string} evalPath
             * @memberof moqlab.v1.DataSpec
             * @instance
             */
            DataSpec.prototype.evalPath = "";

            /**
             * DataSpec textColumns.
             * @member {Array.<string>} textColumns
             * @memberof moqlab.v1.DataSpec
             * @instance
             */
            DataSpec.prototype.textColumns = $util.emptyArray;

            /**
             * DataSpec labelColumn.
             * @member {string} labelColumn
             * @memberof moqlab.v1.DataSpec
             * @instance
             */
            DataSpec.prototype.labelColumn = "";

            /**
             * DataSpec taskType.
             * @member {moqlab.v1.TaskType} taskType
             * @memberof moqlab.v1.DataSpec
             * @instance
             */
            DataSpec.prototype.taskType = 0;

            /**
             * DataSpec labels.
             * @member {Array.<string>} labels
             * @memberof moqlab.v1.DataSpec
             * @instance
             */
            DataSpec.prototype.labels = $util.emptyArray;

            /**
             * DataSpec format.
             * @member {string} format
             * @memberof moqlab.v1.DataSpec
             * @instance
             */
            DataSpec.prototype.format = "";

            /**
             * DataSpec strict.
             * @member {boolean} strict
             * @memberof moqlab.v1.DataSpec
             * @instance
             */
            DataSpec.prototype.strict = false;

            /**
             * Creates a new DataSpec instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.DataSpec
             * @static
             * @param {moqlab.v1.DataSpec.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.DataSpec} DataSpec instance
             * @type {{
             *   (properties: moqlab.v1.DataSpec.$Shape): moqlab.v1.DataSpec & moqlab.v1.DataSpec.$Shape;
             *   (properties?: moqlab.v1.DataSpec.$Properties): moqlab.v1.DataSpec;
             * }}
             */
            DataSpec.create = function(properties) {
                return new DataSpec(properties);
            };

            /**
             * Encodes the specified DataSpec message. Does not implicitly {@link moqlab.v1.DataSpec.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.DataSpec
             * @static
             * @param {moqlab.v1.DataSpec.$Properties} message DataSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DataSpec.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.path);
                if (message.task != null && $Object.hasOwnProperty.call(message, "task") && message.task !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.task);
                if (message.vocabPath != null && $Object.hasOwnProperty.call(message, "vocabPath") && message.vocabPath !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.vocabPath);
                if (message.maxSeqLen != null && $Object.hasOwnProperty.call(message, "maxSeqLen") && message.maxSeqLen !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.maxSeqLen);
                if (message.maxTrainExamples != null && $Object.hasOwnProperty.call(message, "maxTrainExamples") && message.maxTrainExamples !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.maxTrainExamples);
                if (message.maxEvalExamples != null && $Object.hasOwnProperty.call(message, "maxEvalExamples") && message.maxEvalExamples !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.maxEvalExamples);
                if (message.trainPath != null && $Object.hasOwnProperty.call(message, "trainPath") && message.trainPath !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.trainPath);
                if (message.evalPath != null && $Object.hasOwnProperty.call(message, "evalPath") && message.evalPath !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.evalPath);
                if (message.textColumns != null && message.textColumns.length)
                    for (let i = 0; i < message.textColumns.length; ++i)
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.textColumns[i]);
                if (message.labelColumn != null && $Object.hasOwnProperty.call(message, "labelColumn") && message.labelColumn !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.labelColumn);
                if (message.taskType != null && $Object.hasOwnProperty.call(message, "taskType") && message.taskType !== 0)
                    writer.uint32(/* id 12, wireType 0 =*/96).int32(message.taskType);
                if (message.labels != null && message.labels.length)
                    for (let i = 0; i < message.labels.length; ++i)
                        writer.uint32(/* id 13, wireType 2 =*/106).string(message.labels[i]);
                if (message.format != null && $Object.hasOwnProperty.call(message, "format") && message.format !== "")
                    writer.uint32(/* id 14, wireType 2 =*/114).string(message.format);
                if (message.strict != null && $Object.hasOwnProperty.call(message, "strict") && message.strict !== false)
                    writer.uint32(/* id 15, wireType 0 =*/120).bool(message.strict);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DataSpec message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.DataSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.DataSpec & moqlab.v1.DataSpec.$Shape} DataSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DataSpec.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.DataSpec();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.task = value;
                            else
                                delete message.task;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.vocabPath = value;
                            else
                                delete message.vocabPath;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxSeqLen = value;
                            else
                                delete message.maxSeqLen;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxTrainExamples = value;
                            else
                                delete message.maxTrainExamples;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxEvalExamples = value;
                            else
                                delete message.maxEvalExamples;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.trainPath = value;
                            else
                                delete message.trainPath;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.evalPath = value;
                            else
                                delete message.evalPath;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.textColumns && message.textColumns.length))
                                message.textColumns = [];
                            message.textColumns.push(reader.stringVerify());
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.labelColumn = value;
                            else
                                delete message.labelColumn;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.taskType = value;
                            else
                                delete message.taskType;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if (!(message.labels && message.labels.length))
                                message.labels = [];
                            message.labels.push(reader.stringVerify());
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.format = value;
                            else
                                delete message.format;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.strict = value;
                            else
                                delete message.strict;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a DataSpec message.
             * @function verify
             * @memberof moqlab.v1.DataSpec
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DataSpec.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    if (!$util.isString(message.path))
                        return "path: string expected";
                if (message.task != null && $Object.hasOwnProperty.call(message, "task"))
                    if (!$util.isString(message.task))
                        return "task: string expected";
                if (message.vocabPath != null && $Object.hasOwnProperty.call(message, "vocabPath"))
                    if (!$util.isString(message.vocabPath))
                        return "vocabPath: string expected";
                if (message.maxSeqLen != null && $Object.hasOwnProperty.call(message, "maxSeqLen"))
                    if (!$util.isInteger(message.maxSeqLen))
                        return "maxSeqLen: integer expected";
                if (message.maxTrainExamples != null && $Object.hasOwnProperty.call(message, "maxTrainExamples"))
                    if (!$util.isInteger(message.maxTrainExamples))
                        return "maxTrainExamples: integer expected";
                if (message.maxEvalExamples != null && $Object.hasOwnProperty.call(message, "maxEvalExamples"))
                    if (!$util.isInteger(message.maxEvalExamples))
                        return "maxEvalExamples: integer expected";
                if (message.trainPath != null && $Object.hasOwnProperty.call(message, "trainPath"))
                    if (!$util.isString(message.trainPath))
                        return "trainPath: string expected";
                if (message.evalPath != null && $Object.hasOwnProperty.call(message, "evalPath"))
                    if (!$util.isString(message.evalPath))
                        return "evalPath: string expected";
                if (message.textColumns != null && $Object.hasOwnProperty.call(message, "textColumns")) {
                    if (!$Array.isArray(message.textColumns))
                        return "textColumns: array expected";
                    for (let i = 0; i < message.textColumns.length; ++i)
                        if (!$util.isString(message.textColumns[i]))
                            return "textColumns: string[] expected";
                }
                if (message.labelColumn != null && $Object.hasOwnProperty.call(message, "labelColumn"))
                    if (!$util.isString(message.labelColumn))
                        return "labelColumn: string expected";
                if (message.taskType != null && $Object.hasOwnProperty.call(message, "taskType"))
                    if (typeof message.taskType !== "number" || (message.taskType | 0) !== message.taskType)
                        return "taskType: enum value expected";
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels")) {
                    if (!$Array.isArray(message.labels))
                        return "labels: array expected";
                    for (let i = 0; i < message.labels.length; ++i)
                        if (!$util.isString(message.labels[i]))
                            return "labels: string[] expected";
                }
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    if (!$util.isString(message.format))
                        return "format: string expected";
                if (message.strict != null && $Object.hasOwnProperty.call(message, "strict"))
                    if (typeof message.strict !== "boolean")
                        return "strict: boolean expected";
                return null;
            };

            /**
             * Creates a DataSpec message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.DataSpec
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.DataSpec} DataSpec
             */
            DataSpec.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.DataSpec)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.DataSpec: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.DataSpec();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.path != null)
                    if (typeof object.path !== "string" || object.path.length)
                        message.path = $String(object.path);
                if (object.task != null)
                    if (typeof object.task !== "string" || object.task.length)
                        message.task = $String(object.task);
                if (object.vocabPath != null)
                    if (typeof object.vocabPath !== "string" || object.vocabPath.length)
                        message.vocabPath = $String(object.vocabPath);
                if (object.maxSeqLen != null)
                    if ($Number(object.maxSeqLen) !== 0)
                        message.maxSeqLen = object.maxSeqLen >>> 0;
                if (object.maxTrainExamples != null)
                    if ($Number(object.maxTrainExamples) !== 0)
                        message.maxTrainExamples = object.maxTrainExamples >>> 0;
                if (object.maxEvalExamples != null)
                    if ($Number(object.maxEvalExamples) !== 0)
                        message.maxEvalExamples = object.maxEvalExamples >>> 0;
                if (object.trainPath != null)
                    if (typeof object.trainPath !== "string" || object.trainPath.length)
                        message.trainPath = $String(object.trainPath);
                if (object.evalPath != null)
                    if (typeof object.evalPath !== "string" || object.evalPath.length)
                        message.evalPath = $String(object.evalPath);
                if (object.textColumns) {
                    if (!$Array.isArray(object.textColumns))
                        throw $TypeError(".moqlab.v1.DataSpec.textColumns: array expected");
                    message.textColumns = $Array(object.textColumns.length);
                    for (let i = 0; i < object.textColumns.length; ++i)
                        message.textColumns[i] = $String(object.textColumns[i]);
                }
                if (object.labelColumn != null)
                    if (typeof object.labelColumn !== "string" || object.labelColumn.length)
                        message.labelColumn = $String(object.labelColumn);
                if (object.taskType !== 0 && (typeof object.taskType !== "string" || $root.moqlab.v1.TaskType[object.taskType] !== 0))
                    switch (object.taskType) {
                    case "TASK_TYPE_UNSPECIFIED":
                    case 0:
                        message.taskType = 0;
                        break;
                    case "TASK_TYPE_CLASSIFICATION":
                    case 1:
                        message.taskType = 1;
                        break;
                    case "TASK_TYPE_REGRESSION":
                    case 2:
                        message.taskType = 2;
                        break;
                    default:
                        if (typeof object.taskType === "number" && (object.taskType | 0) === object.taskType)
                            message.taskType = object.taskType;
                    }
                if (object.labels) {
                    if (!$Array.isArray(object.labels))
                        throw $TypeError(".moqlab.v1.DataSpec.labels: array expected");
                    message.labels = $Array(object.labels.length);
                    for (let i = 0; i < object.labels.length; ++i)
                        message.labels[i] = $String(object.labels[i]);
                }
                if (object.format != null)
                    if (typeof object.format !== "string" || object.format.length)
                        message.format = $String(object.format);
                if (object.strict != null)
                    if (object.strict)
                        message.strict = $Boolean(object.strict);
                return message;
            };

            /**
             * Creates a plain object from a DataSpec message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.DataSpec
             * @static
             * @param {moqlab.v1.DataSpec} message DataSpec
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DataSpec.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.textColumns = [];
                    object.labels = [];
                }
                if (options.defaults) {
                    object.name = "";
                    object.path = "";
                    object.task = "";
                    object.vocabPath = "";
                    object.maxSeqLen = 0;
                    object.maxTrainExamples = 0;
                    object.maxEvalExamples = 0;
                    object.trainPath = "";
                    object.evalPath = "";
                    object.labelColumn = "";
                    object.taskType = options.enums === $String ? "TASK_TYPE_UNSPECIFIED" : 0;
                    object.format = "";
                    object.strict = false;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    object.path = message.path;
                if (message.task != null && $Object.hasOwnProperty.call(message, "task"))
                    object.task = message.task;
                if (message.vocabPath != null && $Object.hasOwnProperty.call(message, "vocabPath"))
                    object.vocabPath = message.vocabPath;
                if (message.maxSeqLen != null && $Object.hasOwnProperty.call(message, "maxSeqLen"))
                    object.maxSeqLen = message.maxSeqLen;
                if (message.maxTrainExamples != null && $Object.hasOwnProperty.call(message, "maxTrainExamples"))
                    object.maxTrainExamples = message.maxTrainExamples;
                if (message.maxEvalExamples != null && $Object.hasOwnProperty.call(message, "maxEvalExamples"))
                    object.maxEvalExamples = message.maxEvalExamples;
                if (message.trainPath != null && $Object.hasOwnProperty.call(message, "trainPath"))
                    object.trainPath = message.trainPath;
                if (message.evalPath != null && $Object.hasOwnProperty.call(message, "evalPath"))
                    object.evalPath = message.evalPath;
                if (message.textColumns && message.textColumns.length) {
                    object.textColumns = $Array(message.textColumns.length);
                    for (let j = 0; j < message.textColumns.length; ++j)
                        object.textColumns[j] = message.textColumns[j];
                }
                if (message.labelColumn != null && $Object.hasOwnProperty.call(message, "labelColumn"))
                    object.labelColumn = message.labelColumn;
                if (message.taskType != null && $Object.hasOwnProperty.call(message, "taskType"))
                    object.taskType = options.enums === $String ? $root.moqlab.v1.TaskType[message.taskType] === $undefined ? message.taskType : $root.moqlab.v1.TaskType[message.taskType] : message.taskType;
                if (message.labels && message.labels.length) {
                    object.labels = $Array(message.labels.length);
                    for (let j = 0; j < message.labels.length; ++j)
                        object.labels[j] = message.labels[j];
                }
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    object.format = message.format;
                if (message.strict != null && $Object.hasOwnProperty.call(message, "strict"))
                    object.strict = message.strict;
                return object;
            };

            /**
             * Converts this DataSpec to JSON.
             * @function toJSON
             * @memberof moqlab.v1.DataSpec
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DataSpec.prototype.toJSON = function() {
                return DataSpec.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DataSpec;
        })();

        v1.LoadData = (function() {

            /**
             * Properties of a LoadData.
             * @typedef {Object} moqlab.v1.LoadData.$Properties
             * @property {moqlab.v1.DataSpec.$Properties|null} [spec] LoadData spec
             * @property {number|null} [seed] LoadData seed
             * @property {moqlab.v1.ModelSpec.$Properties|null} [tokenizerModel] LoadData tokenizerModel
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LoadData.
             * @memberof moqlab.v1
             * @interface ILoadData
             * @augments moqlab.v1.LoadData.$Properties
             * @deprecated Use moqlab.v1.LoadData.$Properties instead.
             */

            /**
             * Shape of a LoadData.
             * @typedef {moqlab.v1.LoadData.$Properties} moqlab.v1.LoadData.$Shape
             */

            /**
             * Constructs a new LoadData.
             * @memberof moqlab.v1
             * @classdesc Represents a LoadData.
             * @constructor
             * @param {moqlab.v1.LoadData.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LoadData = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LoadData spec.
             * @member {moqlab.v1.DataSpec.$Properties|null|undefined} spec
             * @memberof moqlab.v1.LoadData
             * @instance
             */
            LoadData.prototype.spec = null;

            /**
             * LoadData seed.
             * @member {number} seed
             * @memberof moqlab.v1.LoadData
             * @instance
             */
            LoadData.prototype.seed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LoadData tokenizerModel.
             * @member {moqlab.v1.ModelSpec.$Properties|null|undefined} tokenizerModel
             * @memberof moqlab.v1.LoadData
             * @instance
             */
            LoadData.prototype.tokenizerModel = null;

            /**
             * Creates a new LoadData instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.LoadData
             * @static
             * @param {moqlab.v1.LoadData.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.LoadData} LoadData instance
             * @type {{
             *   (properties: moqlab.v1.LoadData.$Shape): moqlab.v1.LoadData & moqlab.v1.LoadData.$Shape;
             *   (properties?: moqlab.v1.LoadData.$Properties): moqlab.v1.LoadData;
             * }}
             */
            LoadData.create = function(properties) {
                return new LoadData(properties);
            };

            /**
             * Encodes the specified LoadData message. Does not implicitly {@link moqlab.v1.LoadData.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.LoadData
             * @static
             * @param {moqlab.v1.LoadData.$Properties} message LoadData message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoadData.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                    $root.moqlab.v1.DataSpec.encode(message.spec, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.seed != null && $Object.hasOwnProperty.call(message, "seed") && (typeof message.seed === "object" ? message.seed.low || message.seed.high : message.seed !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seed);
                if (message.tokenizerModel != null && $Object.hasOwnProperty.call(message, "tokenizerModel"))
                    $root.moqlab.v1.ModelSpec.encode(message.tokenizerModel, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LoadData message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.LoadData
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.LoadData & moqlab.v1.LoadData.$Shape} LoadData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoadData.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.LoadData();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.spec = $root.moqlab.v1.DataSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.spec);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seed = value;
                            else
                                delete message.seed;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.tokenizerModel = $root.moqlab.v1.ModelSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.tokenizerModel);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a LoadData message.
             * @function verify
             * @memberof moqlab.v1.LoadData
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LoadData.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.spec != null && $Object.hasOwnProperty.call(message, "spec")) {
                    let error = $root.moqlab.v1.DataSpec.verify(message.spec, _depth + 1);
                    if (error)
                        return "spec." + error;
                }
                if (message.seed != null && $Object.hasOwnProperty.call(message, "seed"))
                    if (!$util.isInteger(message.seed) && !(message.seed && $util.isInteger(message.seed.low) && $util.isInteger(message.seed.high)))
                        return "seed: integer|Long expected";
                if (message.tokenizerModel != null && $Object.hasOwnProperty.call(message, "tokenizerModel")) {
                    let error = $root.moqlab.v1.ModelSpec.verify(message.tokenizerModel, _depth + 1);
                    if (error)
                        return "tokenizerModel." + error;
                }
                return null;
            };

            /**
             * Creates a LoadData message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.LoadData
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.LoadData} LoadData
             */
            LoadData.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.LoadData)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.LoadData: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.LoadData();
                if (object.spec != null) {
                    if (!$util.isObject(object.spec))
                        throw $TypeError(".moqlab.v1.LoadData.spec: object expected");
                    message.spec = $root.moqlab.v1.DataSpec.fromObject(object.spec, _depth + 1);
                }
                if (object.seed != null)
                    if (typeof object.seed === "object" ? object.seed.low || object.seed.high : $Number(object.seed) !== 0)
                        if ($util.Long)
                            message.seed = $util.Long.fromValue(object.seed, true);
                        else if (typeof object.seed === "string")
                            message.seed = $parseInt(object.seed, 10);
                        else if (typeof object.seed === "number")
                            message.seed = object.seed;
                        else if (typeof object.seed === "object")
                            message.seed = new $util.LongBits(object.seed.low >>> 0, object.seed.high >>> 0).toNumber(true);
                if (object.tokenizerModel != null) {
                    if (!$util.isObject(object.tokenizerModel))
                        throw $TypeError(".moqlab.v1.LoadData.tokenizerModel: object expected");
                    message.tokenizerModel = $root.moqlab.v1.ModelSpec.fromObject(object.tokenizerModel, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a LoadData message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.LoadData
             * @static
             * @param {moqlab.v1.LoadData} message LoadData
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LoadData.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.spec = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seed = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seed = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.tokenizerModel = null;
                }
                if (message.spec != null && $Object.hasOwnProperty.call(message, "spec"))
                    object.spec = $root.moqlab.v1.DataSpec.toObject(message.spec, options, _depth + 1);
                if (message.seed != null && $Object.hasOwnProperty.call(message, "seed"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seed = typeof message.seed === "number" ? $BigInt(message.seed) : $util.Long.fromBits(message.seed.low >>> 0, message.seed.high >>> 0, true).toBigInt();
                    else if (typeof message.seed === "number")
                        object.seed = options.longs === $String ? $String(message.seed) : message.seed;
                    else
                        object.seed = options.longs === $String ? $util.Long.prototype.toString.call(message.seed) : options.longs === $Number ? new $util.LongBits(message.seed.low >>> 0, message.seed.high >>> 0).toNumber(true) : message.seed;
                if (message.tokenizerModel != null && $Object.hasOwnProperty.call(message, "tokenizerModel"))
                    object.tokenizerModel = $root.moqlab.v1.ModelSpec.toObject(message.tokenizerModel, options, _depth + 1);
                return object;
            };

            /**
             * Converts this LoadData to JSON.
             * @function toJSON
             * @memberof moqlab.v1.LoadData
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LoadData.prototype.toJSON = function() {
                return LoadData.toObject(this, $protobuf.util.toJSONOptions);
            };

            return LoadData;
        })();

        v1.LoadDataResult = (function() {

            /**
             * Properties of a LoadDataResult.
             * @typedef {Object} moqlab.v1.LoadDataResult.$Properties
             * @property {number|null} [trainExamples] LoadDataResult trainExamples
             * @property {number|null} [evalExamples] LoadDataResult evalExamples
             * @property {number|null} [numLabels] LoadDataResult numLabels
             * @property {moqlab.v1.TaskType|null} [taskType] LoadDataResult taskType
             * @property {Array.<string>|null} [metrics] LoadDataResult metrics
             * @property {string|null} [evalSplit] LoadDataResult evalSplit
             * @property {string|null} [source] LoadDataResult source
             * @property {string|null} [tokenizer] LoadDataResult tokenizer
             * @property {Array.<string>|null} [labels] LoadDataResult labels
             * @property {Array.<moqlab.v1.DroppedRows.$Properties>|null} [dropped] LoadDataResult dropped
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LoadDataResult.
             * @memberof moqlab.v1
             * @interface ILoadDataResult
             * @augments moqlab.v1.LoadDataResult.$Properties
             * @deprecated Use moqlab.v1.LoadDataResult.$Properties instead.
             */

            /**
             * Shape of a LoadDataResult.
             * @typedef {moqlab.v1.LoadDataResult.$Properties} moqlab.v1.LoadDataResult.$Shape
             */

            /**
             * Constructs a new LoadDataResult.
             * @memberof moqlab.v1
             * @classdesc Represents a LoadDataResult.
             * @constructor
             * @param {moqlab.v1.LoadDataResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LoadDataResult = function (properties) {
                this.metrics = [];
                this.labels = [];
                this.dropped = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LoadDataResult trainExamples.
             * @member {number} trainExamples
             * @memberof moqlab.v1.LoadDataResult
             * @instance
             */
            LoadDataResult.prototype.trainExamples = 0;

            /**
             * LoadDataResult evalExamples.
             * @member {number} evalExamples
             * @memberof moqlab.v1.LoadDataResult
             * @instance
             */
            LoadDataResult.prototype.evalExamples = 0;

            /**
             * LoadDataResult numLabels.
             * @member {number} numLabels
             * @memberof moqlab.v1.LoadDataResult
             * @instance
             */
            LoadDataResult.prototype.numLabels = 0;

            /**
             * LoadDataResult taskType.
             * @member {moqlab.v1.TaskType} taskType
             * @memberof moqlab.v1.LoadDataResult
             * @instance
             */
            LoadDataResult.prototype.taskType = 0;

            /**
             * LoadDataResult metrics.
             * @member {Array.<string>} metrics
             * @memberof moqlab.v1.LoadDataResult
             * @instance
             */
            LoadDataResult.prototype.metrics = $util.emptyArray;

            /**
             * LoadDataResult evalSplit.
             * @member {string} evalSplit
             * @memberof moqlab.v1.LoadDataResult
             * @instance
             */
            LoadDataResult.prototype.evalSplit = "";

            /**
             * LoadDataResult source.
             * @member {string} source
             * @memberof moqlab.v1.LoadDataResult
             * @instance
             */
            LoadDataResult.prototype.source = "";

            /**
             * LoadDataResult tokenizer.
             * @member {string} tokenizer
             * @memberof moqlab.v1.LoadDataResult
             * @instance
             */
            LoadDataResult.prototype.tokenizer = "";

            /**
             * LoadDataResult labels.
             * @member {Array.<string>} labels
             * @memberof moqlab.v1.LoadDataResult
             * @instance
             */
            LoadDataResult.prototype.labels = $util.emptyArray;

            /**
             * LoadDataResult dropped.
             * @member {Array.<moqlab.v1.DroppedRows.$Properties>} dropped
             * @memberof moqlab.v1.LoadDataResult
             * @instance
             */
            LoadDataResult.prototype.dropped = $util.emptyArray;

            /**
             * Creates a new LoadDataResult instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.LoadDataResult
             * @static
             * @param {moqlab.v1.LoadDataResult.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.LoadDataResult} LoadDataResult instance
             * @type {{
             *   (properties: moqlab.v1.LoadDataResult.$Shape): moqlab.v1.LoadDataResult & moqlab.v1.LoadDataResult.$Shape;
             *   (properties?: moqlab.v1.LoadDataResult.$Properties): moqlab.v1.LoadDataResult;
             * }}
             */
            LoadDataResult.create = function(properties) {
                return new LoadDataResult(properties);
            };

            /**
             * Encodes the specified LoadDataResult message. Does not implicitly {@link moqlab.v1.LoadDataResult.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.LoadDataResult
             * @static
             * @param {moqlab.v1.LoadDataResult.$Properties} message LoadDataResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoadDataResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.trainExamples != null && $Object.hasOwnProperty.call(message, "trainExamples") && message.trainExamples !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.trainExamples);
                if (message.evalExamples != null && $Object.hasOwnProperty.call(message, "evalExamples") && message.evalExamples !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.evalExamples);
                if (message.numLabels != null && $Object.hasOwnProperty.call(message, "numLabels") && message.numLabels !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.numLabels);
                if (message.taskType != null && $Object.hasOwnProperty.call(message, "taskType") && message.taskType !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.taskType);
                if (message.metrics != null && message.metrics.length)
                    for (let i = 0; i < message.metrics.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.metrics[i]);
                if (message.evalSplit != null && $Object.hasOwnProperty.call(message, "evalSplit") && message.evalSplit !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.evalSplit);
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.source);
                if (message.tokenizer != null && $Object.hasOwnProperty.call(message, "tokenizer") && message.tokenizer !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.tokenizer);
                if (message.labels != null && message.labels.length)
                    for (let i = 0; i < message.labels.length; ++i)
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.labels[i]);
                if (message.dropped != null && message.dropped.length)
                    for (let i = 0; i < message.dropped.length; ++i)
                        $root.moqlab.v1.DroppedRows.encode(message.dropped[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LoadDataResult message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.LoadDataResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.LoadDataResult & moqlab.v1.LoadDataResult.$Shape} LoadDataResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoadDataResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.LoadDataResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.trainExamples = value;
                            else
                                delete message.trainExamples;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.evalExamples = value;
                            else
                                delete message.evalExamples;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.numLabels = value;
                            else
                                delete message.numLabels;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.taskType = value;
                            else
                                delete message.taskType;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.metrics && message.metrics.length))
                                message.metrics = [];
                            message.metrics.push(reader.stringVerify());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.evalSplit = value;
                            else
                                delete message.evalSplit;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.source = value;
                            else
                                delete message.source;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.tokenizer = value;
                            else
                                delete message.tokenizer;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.labels && message.labels.length))
                                message.labels = [];
                            message.labels.push(reader.stringVerify());
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.dropped && message.dropped.length))
                                message.dropped = [];
                            message.dropped.push($root.moqlab.v1.DroppedRows.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a LoadDataResult message.
             * @function verify
             * @memberof moqlab.v1.LoadDataResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LoadDataResult.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.trainExamples != null && $Object.hasOwnProperty.call(message, "trainExamples"))
                    if (!$util.isInteger(message.trainExamples))
                        return "trainExamples: integer expected";
                if (message.evalExamples != null && $Object.hasOwnProperty.call(message, "evalExamples"))
                    if (!$util.isInteger(message.evalExamples))
                        return "evalExamples: integer expected";
                if (message.numLabels != null && $Object.hasOwnProperty.call(message, "numLabels"))
                    if (!$util.isInteger(message.numLabels))
                        return "numLabels: integer expected";
                if (message.taskType != null && $Object.hasOwnProperty.call(message, "taskType"))
                    if (typeof message.taskType !== "number" || (message.taskType | 0) !== message.taskType)
                        return "taskType: enum value expected";
                if (message.metrics != null && $Object.hasOwnProperty.call(message, "metrics")) {
                    if (!$Array.isArray(message.metrics))
                        return "metrics: array expected";
                    for (let i = 0; i < message.metrics.length; ++i)
                        if (!$util.isString(message.metrics[i]))
                            return "metrics: string[] expected";
                }
                if (message.evalSplit != null && $Object.hasOwnProperty.call(message, "evalSplit"))
                    if (!$util.isString(message.evalSplit))
                        return "evalSplit: string expected";
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    if (!$util.isString(message.source))
                        return "source: string expected";
                if (message.tokenizer != null && $Object.hasOwnProperty.call(message, "tokenizer"))
                    if (!$util.isString(message.tokenizer))
                        return "tokenizer: string expected";
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels")) {
                    if (!$Array.isArray(message.labels))
                        return "labels: array expected";
                    for (let i = 0; i < message.labels.length; ++i)
                        if (!$util.isString(message.labels[i]))
                            return "labels: string[] expected";
                }
                if (message.dropped != null && $Object.hasOwnProperty.call(message, "dropped")) {
                    if (!$Array.isArray(message.dropped))
                        return "dropped: array expected";
                    for (let i = 0; i < message.dropped.length; ++i) {
                        let error = $root.moqlab.v1.DroppedRows.verify(message.dropped[i], _depth + 1);
                        if (error)
                            return "dropped." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a LoadDataResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.LoadDataResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.LoadDataResult} LoadDataResult
             */
            LoadDataResult.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.LoadDataResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.LoadDataResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.LoadDataResult();
                if (object.trainExamples != null)
                    if ($Number(object.trainExamples) !== 0)
                        message.trainExamples = object.trainExamples >>> 0;
                if (object.evalExamples != null)
                    if ($Number(object.evalExamples) !== 0)
                        message.evalExamples = object.evalExamples >>> 0;
                if (object.numLabels != null)
                    if ($Number(object.numLabels) !== 0)
                        message.numLabels = object.numLabels >>> 0;
                if (object.taskType !== 0 && (typeof object.taskType !== "string" || $root.moqlab.v1.TaskType[object.taskType] !== 0))
                    switch (object.taskType) {
                    case "TASK_TYPE_UNSPECIFIED":
                    case 0:
                        message.taskType = 0;
                        break;
                    case "TASK_TYPE_CLASSIFICATION":
                    case 1:
                        message.taskType = 1;
                        break;
                    case "TASK_TYPE_REGRESSION":
                    case 2:
                        message.taskType = 2;
                        break;
                    default:
                        if (typeof object.taskType === "number" && (object.taskType | 0) === object.taskType)
                            message.taskType = object.taskType;
                    }
                if (object.metrics) {
                    if (!$Array.isArray(object.metrics))
                        throw $TypeError(".moqlab.v1.LoadDataResult.metrics: array expected");
                    message.metrics = $Array(object.metrics.length);
                    for (let i = 0; i < object.metrics.length; ++i)
                        message.metrics[i] = $String(object.metrics[i]);
                }
                if (object.evalSplit != null)
                    if (typeof object.evalSplit !== "string" || object.evalSplit.length)
                        message.evalSplit = $String(object.evalSplit);
                if (object.source != null)
                    if (typeof object.source !== "string" || object.source.length)
                        message.source = $String(object.source);
                if (object.tokenizer != null)
                    if (typeof object.tokenizer !== "string" || object.tokenizer.length)
                        message.tokenizer = $String(object.tokenizer);
                if (object.labels) {
                    if (!$Array.isArray(object.labels))
                        throw $TypeError(".moqlab.v1.LoadDataResult.labels: array expected");
                    message.labels = $Array(object.labels.length);
                    for (let i = 0; i < object.labels.length; ++i)
                        message.labels[i] = $String(object.labels[i]);
                }
                if (object.dropped) {
                    if (!$Array.isArray(object.dropped))
                        throw $TypeError(".moqlab.v1.LoadDataResult.dropped: array expected");
                    message.dropped = $Array(object.dropped.length);
                    for (let i = 0; i < object.dropped.length; ++i) {
                        if (!$util.isObject(object.dropped[i]))
                            throw $TypeError(".moqlab.v1.LoadDataResult.dropped: object expected");
                        message.dropped[i] = $root.moqlab.v1.DroppedRows.fromObject(object.dropped[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a LoadDataResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.LoadDataResult
             * @static
             * @param {moqlab.v1.LoadDataResult} message LoadDataResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LoadDataResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.metrics = [];
                    object.labels = [];
                    object.dropped = [];
                }
                if (options.defaults) {
                    object.trainExamples = 0;
                    object.evalExamples = 0;
                    object.numLabels = 0;
                    object.taskType = options.enums === $String ? "TASK_TYPE_UNSPECIFIED" : 0;
                    object.evalSplit = "";
                    object.source = "";
                    object.tokenizer = "";
                }
                if (message.trainExamples != null && $Object.hasOwnProperty.call(message, "trainExamples"))
                    object.trainExamples = message.trainExamples;
                if (message.evalExamples != null && $Object.hasOwnProperty.call(message, "evalExamples"))
                    object.evalExamples = message.evalExamples;
                if (message.numLabels != null && $Object.hasOwnProperty.call(message, "numLabels"))
                    object.numLabels = message.numLabels;
                if (message.taskType != null && $Object.hasOwnProperty.call(message, "taskType"))
                    object.taskType = options.enums === $String ? $root.moqlab.v1.TaskType[message.taskType] === $undefined ? message.taskType : $root.moqlab.v1.TaskType[message.taskType] : message.taskType;
                if (message.metrics && message.metrics.length) {
                    object.metrics = $Array(message.metrics.length);
                    for (let j = 0; j < message.metrics.length; ++j)
                        object.metrics[j] = message.metrics[j];
                }
                if (message.evalSplit != null && $Object.hasOwnProperty.call(message, "evalSplit"))
                    object.evalSplit = message.evalSplit;
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    object.source = message.source;
                if (message.tokenizer != null && $Object.hasOwnProperty.call(message, "tokenizer"))
                    object.tokenizer = message.tokenizer;
                if (message.labels && message.labels.length) {
                    object.labels = $Array(message.labels.length);
                    for (let j = 0; j < message.labels.length; ++j)
                        object.labels[j] = message.labels[j];
                }
                if (message.dropped && message.dropped.length) {
                    object.dropped = $Array(message.dropped.length);
                    for (let j = 0; j < message.dropped.length; ++j)
                        object.dropped[j] = $root.moqlab.v1.DroppedRows.toObject(message.dropped[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this LoadDataResult to JSON.
             * @function toJSON
             * @memberof moqlab.v1.LoadDataResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LoadDataResult.prototype.toJSON = function() {
                return LoadDataResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            return LoadDataResult;
        })();

        v1.DroppedRows = (function() {

            /**
             * Properties of a DroppedRows.
             * @typedef {Object} moqlab.v1.DroppedRows.$Properties
             * @property {string|null} [path] DroppedRows path
             * @property {number|null} [rows] DroppedRows rows
             * @property {number|null} [total] DroppedRows total
             * @property {string|null} [firstAt] DroppedRows firstAt
             * @property {string|null} [reason] DroppedRows reason
             * @property {string|null} [action] DroppedRows action
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DroppedRows.
             * @memberof moqlab.v1
             * @interface IDroppedRows
             * @augments moqlab.v1.DroppedRows.$Properties
             * @deprecated Use moqlab.v1.DroppedRows.$Properties instead.
             */

            /**
             * Shape of a DroppedRows.
             * @typedef {moqlab.v1.DroppedRows.$Properties} moqlab.v1.DroppedRows.$Shape
             */

            /**
             * Constructs a new DroppedRows.
             * @memberof moqlab.v1
             * @classdesc Represents a DroppedRows.
             * @constructor
             * @param {moqlab.v1.DroppedRows.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DroppedRows = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DroppedRows path.
             * @member {string} path
             * @memberof moqlab.v1.DroppedRows
             * @instance
             */
            DroppedRows.prototype.path = "";

            /**
             * DroppedRows rows.
             * @member {number} rows
             * @memberof moqlab.v1.DroppedRows
             * @instance
             */
            DroppedRows.prototype.rows = 0;

            /**
             * DroppedRows total.
             * @member {number} total
             * @memberof moqlab.v1.DroppedRows
             * @instance
             */
            DroppedRows.prototype.total = 0;

            /**
             * DroppedRows firstAt.
             * @member {string} firstAt
             * @memberof moqlab.v1.DroppedRows
             * @instance
             */
            DroppedRows.prototype.firstAt = "";

            /**
             * DroppedRows reason.
             * @member {string} reason
             * @memberof moqlab.v1.DroppedRows
             * @instance
             */
            DroppedRows.prototype.reason = "";

            /**
             * DroppedRows action.
             * @member {string} action
             * @memberof moqlab.v1.DroppedRows
             * @instance
             */
            DroppedRows.prototype.action = "";

            /**
             * Creates a new DroppedRows instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.DroppedRows
             * @static
             * @param {moqlab.v1.DroppedRows.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.DroppedRows} DroppedRows instance
             * @type {{
             *   (properties: moqlab.v1.DroppedRows.$Shape): moqlab.v1.DroppedRows & moqlab.v1.DroppedRows.$Shape;
             *   (properties?: moqlab.v1.DroppedRows.$Properties): moqlab.v1.DroppedRows;
             * }}
             */
            DroppedRows.create = function(properties) {
                return new DroppedRows(properties);
            };

            /**
             * Encodes the specified DroppedRows message. Does not implicitly {@link moqlab.v1.DroppedRows.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.DroppedRows
             * @static
             * @param {moqlab.v1.DroppedRows.$Properties} message DroppedRows message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DroppedRows.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.path);
                if (message.rows != null && $Object.hasOwnProperty.call(message, "rows") && message.rows !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.rows);
                if (message.total != null && $Object.hasOwnProperty.call(message, "total") && message.total !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.total);
                if (message.firstAt != null && $Object.hasOwnProperty.call(message, "firstAt") && message.firstAt !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.firstAt);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.reason);
                if (message.action != null && $Object.hasOwnProperty.call(message, "action") && message.action !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.action);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DroppedRows message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.DroppedRows
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.DroppedRows & moqlab.v1.DroppedRows.$Shape} DroppedRows
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DroppedRows.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.DroppedRows();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.rows = value;
                            else
                                delete message.rows;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.total = value;
                            else
                                delete message.total;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.firstAt = value;
                            else
                                delete message.firstAt;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.action = value;
                            else
                                delete message.action;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a DroppedRows message.
             * @function verify
             * @memberof moqlab.v1.DroppedRows
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DroppedRows.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    if (!$util.isString(message.path))
                        return "path: string expected";
                if (message.rows != null && $Object.hasOwnProperty.call(message, "rows"))
                    if (!$util.isInteger(message.rows))
                        return "rows: integer expected";
                if (message.total != null && $Object.hasOwnProperty.call(message, "total"))
                    if (!$util.isInteger(message.total))
                        return "total: integer expected";
                if (message.firstAt != null && $Object.hasOwnProperty.call(message, "firstAt"))
                    if (!$util.isString(message.firstAt))
                        return "firstAt: string expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                    if (!$util.isString(message.action))
                        return "action: string expected";
                return null;
            };

            /**
             * Creates a DroppedRows message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.DroppedRows
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.DroppedRows} DroppedRows
             */
            DroppedRows.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.DroppedRows)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.DroppedRows: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.DroppedRows();
                if (object.path != null)
                    if (typeof object.path !== "string" || object.path.length)
                        message.path = $String(object.path);
                if (object.rows != null)
                    if ($Number(object.rows) !== 0)
                        message.rows = object.rows >>> 0;
                if (object.total != null)
                    if ($Number(object.total) !== 0)
                        message.total = object.total >>> 0;
                if (object.firstAt != null)
                    if (typeof object.firstAt !== "string" || object.firstAt.length)
                        message.firstAt = $String(object.firstAt);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.action != null)
                    if (typeof object.action !== "string" || object.action.length)
                        message.action = $String(object.action);
                return message;
            };

            /**
             * Creates a plain object from a DroppedRows message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.DroppedRows
             * @static
             * @param {moqlab.v1.DroppedRows} message DroppedRows
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DroppedRows.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.path = "";
                    object.rows = 0;
                    object.total = 0;
                    object.firstAt = "";
                    object.reason = "";
                    object.action = "";
                }
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    object.path = message.path;
                if (message.rows != null && $Object.hasOwnProperty.call(message, "rows"))
                    object.rows = message.rows;
                if (message.total != null && $Object.hasOwnProperty.call(message, "total"))
                    object.total = message.total;
                if (message.firstAt != null && $Object.hasOwnProperty.call(message, "firstAt"))
                    object.firstAt = message.firstAt;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                    object.action = message.action;
                return object;
            };

            /**
             * Converts this DroppedRows to JSON.
             * @function toJSON
             * @memberof moqlab.v1.DroppedRows
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DroppedRows.prototype.toJSON = function() {
                return DroppedRows.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DroppedRows;
        })();

        /**
         * Precision enum.
         * @name moqlab.v1.Precision
         * @enum {number}
         * @property {number} PRECISION_UNSPECIFIED=0 PRECISION_UNSPECIFIED value
         * @property {number} PRECISION_FP32=1 PRECISION_FP32 value
         * @property {number} PRECISION_FP16=2 PRECISION_FP16 value
         * @property {number} PRECISION_BF16=3 PRECISION_BF16 value
         */
        v1.Precision = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PRECISION_UNSPECIFIED"] = 0;
            values[valuesById[1] = "PRECISION_FP32"] = 1;
            values[valuesById[2] = "PRECISION_FP16"] = 2;
            values[valuesById[3] = "PRECISION_BF16"] = 3;
            return values;
        })();

        /**
         * NonfinitePolicy enum.
         * @name moqlab.v1.NonfinitePolicy
         * @enum {number}
         * @property {number} NONFINITE_POLICY_UNSPECIFIED=0 NONFINITE_POLICY_UNSPECIFIED value
         * @property {number} NONFINITE_POLICY_FAIL=1 NONFINITE_POLICY_FAIL value
         * @property {number} NONFINITE_POLICY_SKIP_STEP=2 NONFINITE_POLICY_SKIP_STEP value
         */
        v1.NonfinitePolicy = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "NONFINITE_POLICY_UNSPECIFIED"] = 0;
            values[valuesById[1] = "NONFINITE_POLICY_FAIL"] = 1;
            values[valuesById[2] = "NONFINITE_POLICY_SKIP_STEP"] = 2;
            return values;
        })();

        /**
         * DataParallel enum.
         * @name moqlab.v1.DataParallel
         * @enum {number}
         * @property {number} DATA_PARALLEL_UNSPECIFIED=0 DATA_PARALLEL_UNSPECIFIED value
         * @property {number} DATA_PARALLEL_DDP=1 DATA_PARALLEL_DDP value
         * @property {number} DATA_PARALLEL_FSDP=2 DATA_PARALLEL_FSDP value
         */
        v1.DataParallel = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "DATA_PARALLEL_UNSPECIFIED"] = 0;
            values[valuesById[1] = "DATA_PARALLEL_DDP"] = 1;
            values[valuesById[2] = "DATA_PARALLEL_FSDP"] = 2;
            return values;
        })();

        v1.ConfigureTraining = (function() {

            /**
             * Properties of a ConfigureTraining.
             * @typedef {Object} moqlab.v1.ConfigureTraining.$Properties
             * @property {number|null} [lr] ConfigureTraining lr
             * @property {number|null} [weightDecay] ConfigureTraining weightDecay
             * @property {number|null} [beta1] ConfigureTraining beta1
             * @property {number|null} [beta2] ConfigureTraining beta2
             * @property {number|null} [eps] ConfigureTraining eps
             * @property {number|null} [warmupSteps] ConfigureTraining warmupSteps
             * @property {number|null} [totalSteps] ConfigureTraining totalSteps
             * @property {number|null} [batchSize] ConfigureTraining batchSize
             * @property {number|null} [gradientAccumulationSteps] ConfigureTraining gradientAccumulationSteps
             * @property {number|null} [maxGradNorm] ConfigureTraining maxGradNorm
             * @property {moqlab.v1.Precision|null} [precision] ConfigureTraining precision
             * @property {number|null} [seed] ConfigureTraining seed
             * @property {number|null} [initialLossScale] ConfigureTraining initialLossScale
             * @property {number|null} [lossScaleWindow] ConfigureTraining lossScaleWindow
             * @property {number|null} [numThreads] ConfigureTraining numThreads
             * @property {moqlab.v1.NonfinitePolicy|null} [onNonfinite] ConfigureTraining onNonfinite
             * @property {number|null} [maxNonfiniteSteps] ConfigureTraining maxNonfiniteSteps
             * @property {moqlab.v1.DataParallel|null} [dataParallel] ConfigureTraining dataParallel
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConfigureTraining.
             * @memberof moqlab.v1
             * @interface IConfigureTraining
             * @augments moqlab.v1.ConfigureTraining.$Properties
             * @deprecated Use moqlab.v1.ConfigureTraining.$Properties instead.
             */

            /**
             * Shape of a ConfigureTraining.
             * @typedef {moqlab.v1.ConfigureTraining.$Properties} moqlab.v1.ConfigureTraining.$Shape
             */

            /**
             * Constructs a new ConfigureTraining.
             * @memberof moqlab.v1
             * @classdesc Represents a ConfigureTraining.
             * @constructor
             * @param {moqlab.v1.ConfigureTraining.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConfigureTraining = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConfigureTraining lr.
             * @member {number} lr
             * @memberof moqlab.v1.ConfigureTraining
             * @instance
             */
            ConfigureTraining.prototype.lr = 0;

            /**
             * ConfigureTraining weightDecay.
             * @member {number} weightDecay
             * @memberof moqlab.v1.ConfigureTraining
             * @instance
             */
            ConfigureTraining.prototype.weightDecay = 0;

            /**
             * ConfigureTraining beta1.
             * @member {number} beta1
             * @memberof moqlab.v1.ConfigureTraining
             * @instance
             */
            ConfigureTraining.prototype.beta1 = 0;

            /**
             * ConfigureTraining beta2.
             * @member {number} beta2
             * @memberof moqlab.v1.ConfigureTraining
             * @instance
             */
            ConfigureTraining.prototype.beta2 = 0;

            /**
             * ConfigureTraining eps.
             * @member {number} eps
             * @memberof moqlab.v1.ConfigureTraining
             * @instance
             */
            ConfigureTraining.prototype.eps = 0;

            /**
             * ConfigureTraining warmupSteps.
             * @member {number} warmupSteps
             * @memberof moqlab.v1.ConfigureTraining
             * @instance
             */
            ConfigureTraining.prototype.warmupSteps = 0;

            /**
             * ConfigureTraining totalSteps.
             * @member {number} totalSteps
             * @memberof moqlab.v1.ConfigureTraining
             * @instance
             */
            ConfigureTraining.prototype.totalSteps = 0;

            /**
             * ConfigureTraining batchSize.
             * @member {number} batchSize
             * @memberof moqlab.v1.ConfigureTraining
             * @instance
             */
            ConfigureTraining.prototype.batchSize = 0;

            /**
             * ConfigureTraining gradientAccumulationSteps.
             * @member {number} gradientAccumulationSteps
             * @memberof moqlab.v1.ConfigureTraining
             * @instance
             */
            ConfigureTraining.prototype.gradientAccumulationSteps = 0;

            /**
             * ConfigureTraining maxGradNorm.
             * @member {number} maxGradNorm
             * @memberof moqlab.v1.ConfigureTraining
             * @instance
             */
            ConfigureTraining.prototype.maxGradNorm = 0;

            /**
             * ConfigureTraining precision.
             * @member {moqlab.v1.Precision} precision
             * @memberof moqlab.v1.ConfigureTraining
             * @instance
             */
            ConfigureTraining.prototype.precision = 0;

            /**
             * ConfigureTraining seed.
             * @member {number} seed
             * @memberof moqlab.v1.ConfigureTraining
             * @instance
             */
            ConfigureTraining.prototype.seed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ConfigureTraining initialLossScale.
             * @member {number} initialLossScale
             * @memberof moqlab.v1.ConfigureTraining
             * @instance
             */
            ConfigureTraining.prototype.initialLossScale = 0;

            /**
             * ConfigureTraining lossScaleWindow.
             * @member {number} lossScaleWindow
             * @memberof moqlab.v1.ConfigureTraining
             * @instance
             */
            ConfigureTraining.prototype.lossScaleWindow = 0;

            /**
             * ConfigureTraining numThreads.
             * @member {number} numThreads
             * @memberof moqlab.v1.ConfigureTraining
             * @instance
             */
            ConfigureTraining.prototype.numThreads = 0;

            /**
             * ConfigureTraining onNonfinite.
             * @member {moqlab.v1.NonfinitePolicy} onNonfinite
             * @memberof moqlab.v1.ConfigureTraining
             * @instance
             */
            ConfigureTraining.prototype.onNonfinite = 0;

            /**
             * ConfigureTraining maxNonfiniteSteps.
             * @member {number} maxNonfiniteSteps
             * @memberof moqlab.v1.ConfigureTraining
             * @instance
             */
            ConfigureTraining.prototype.maxNonfiniteSteps = 0;

            /**
             * ConfigureTraining dataParallel.
             * @member {moqlab.v1.DataParallel} dataParallel
             * @memberof moqlab.v1.ConfigureTraining
             * @instance
             */
            ConfigureTraining.prototype.dataParallel = 0;

            /**
             * Creates a new ConfigureTraining instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.ConfigureTraining
             * @static
             * @param {moqlab.v1.ConfigureTraining.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.ConfigureTraining} ConfigureTraining instance
             * @type {{
             *   (properties: moqlab.v1.ConfigureTraining.$Shape): moqlab.v1.ConfigureTraining & moqlab.v1.ConfigureTraining.$Shape;
             *   (properties?: moqlab.v1.ConfigureTraining.$Properties): moqlab.v1.ConfigureTraining;
             * }}
             */
            ConfigureTraining.create = function(properties) {
                return new ConfigureTraining(properties);
            };

            /**
             * Encodes the specified ConfigureTraining message. Does not implicitly {@link moqlab.v1.ConfigureTraining.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.ConfigureTraining
             * @static
             * @param {moqlab.v1.ConfigureTraining.$Properties} message ConfigureTraining message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConfigureTraining.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.lr != null && $Object.hasOwnProperty.call(message, "lr") && !$Object.is(message.lr, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.lr);
                if (message.weightDecay != null && $Object.hasOwnProperty.call(message, "weightDecay") && !$Object.is(message.weightDecay, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.weightDecay);
                if (message.beta1 != null && $Object.hasOwnProperty.call(message, "beta1") && !$Object.is(message.beta1, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.beta1);
                if (message.beta2 != null && $Object.hasOwnProperty.call(message, "beta2") && !$Object.is(message.beta2, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.beta2);
                if (message.eps != null && $Object.hasOwnProperty.call(message, "eps") && !$Object.is(message.eps, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.eps);
                if (message.warmupSteps != null && $Object.hasOwnProperty.call(message, "warmupSteps") && message.warmupSteps !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.warmupSteps);
                if (message.totalSteps != null && $Object.hasOwnProperty.call(message, "totalSteps") && message.totalSteps !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.totalSteps);
                if (message.batchSize != null && $Object.hasOwnProperty.call(message, "batchSize") && message.batchSize !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.batchSize);
                if (message.gradientAccumulationSteps != null && $Object.hasOwnProperty.call(message, "gradientAccumulationSteps") && message.gradientAccumulationSteps !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.gradientAccumulationSteps);
                if (message.maxGradNorm != null && $Object.hasOwnProperty.call(message, "maxGradNorm") && !$Object.is(message.maxGradNorm, 0))
                    writer.uint32(/* id 10, wireType 1 =*/81).double(message.maxGradNorm);
                if (message.precision != null && $Object.hasOwnProperty.call(message, "precision") && message.precision !== 0)
                    writer.uint32(/* id 11, wireType 0 =*/88).int32(message.precision);
                if (message.seed != null && $Object.hasOwnProperty.call(message, "seed") && (typeof message.seed === "object" ? message.seed.low || message.seed.high : message.seed !== 0))
                    writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.seed);
                if (message.initialLossScale != null && $Object.hasOwnProperty.call(message, "initialLossScale") && !$Object.is(message.initialLossScale, 0))
                    writer.uint32(/* id 13, wireType 1 =*/105).double(message.initialLossScale);
                if (message.lossScaleWindow != null && $Object.hasOwnProperty.call(message, "lossScaleWindow") && message.lossScaleWindow !== 0)
                    writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.lossScaleWindow);
                if (message.numThreads != null && $Object.hasOwnProperty.call(message, "numThreads") && message.numThreads !== 0)
                    writer.uint32(/* id 15, wireType 0 =*/120).uint32(message.numThreads);
                if (message.onNonfinite != null && $Object.hasOwnProperty.call(message, "onNonfinite") && message.onNonfinite !== 0)
                    writer.uint32(/* id 16, wireType 0 =*/128).int32(message.onNonfinite);
                if (message.maxNonfiniteSteps != null && $Object.hasOwnProperty.call(message, "maxNonfiniteSteps") && message.maxNonfiniteSteps !== 0)
                    writer.uint32(/* id 17, wireType 0 =*/136).uint32(message.maxNonfiniteSteps);
                if (message.dataParallel != null && $Object.hasOwnProperty.call(message, "dataParallel") && message.dataParallel !== 0)
                    writer.uint32(/* id 18, wireType 0 =*/144).int32(message.dataParallel);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConfigureTraining message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.ConfigureTraining
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.ConfigureTraining & moqlab.v1.ConfigureTraining.$Shape} ConfigureTraining
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConfigureTraining.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.ConfigureTraining();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.lr = value;
                            else
                                delete message.lr;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.weightDecay = value;
                            else
                                delete message.weightDecay;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.beta1 = value;
                            else
                                delete message.beta1;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.beta2 = value;
                            else
                                delete message.beta2;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.eps = value;
                            else
                                delete message.eps;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.warmupSteps = value;
                            else
                                delete message.warmupSteps;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.totalSteps = value;
                            else
                                delete message.totalSteps;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.batchSize = value;
                            else
                                delete message.batchSize;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.gradientAccumulationSteps = value;
                            else
                                delete message.gradientAccumulationSteps;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.maxGradNorm = value;
                            else
                                delete message.maxGradNorm;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.precision = value;
                            else
                                delete message.precision;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seed = value;
                            else
                                delete message.seed;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.initialLossScale = value;
                            else
                                delete message.initialLossScale;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.lossScaleWindow = value;
                            else
                                delete message.lossScaleWindow;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.numThreads = value;
                            else
                                delete message.numThreads;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.onNonfinite = value;
                            else
                                delete message.onNonfinite;
                            continue;
                        }
                    case 17: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxNonfiniteSteps = value;
                            else
                                delete message.maxNonfiniteSteps;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.dataParallel = value;
                            else
                                delete message.dataParallel;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ConfigureTraining message.
             * @function verify
             * @memberof moqlab.v1.ConfigureTraining
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ConfigureTraining.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.lr != null && $Object.hasOwnProperty.call(message, "lr"))
                    if (typeof message.lr !== "number")
                        return "lr: number expected";
                if (message.weightDecay != null && $Object.hasOwnProperty.call(message, "weightDecay"))
                    if (typeof message.weightDecay !== "number")
                        return "weightDecay: number expected";
                if (message.beta1 != null && $Object.hasOwnProperty.call(message, "beta1"))
                    if (typeof message.beta1 !== "number")
                        return "beta1: number expected";
                if (message.beta2 != null && $Object.hasOwnProperty.call(message, "beta2"))
                    if (typeof message.beta2 !== "number")
                        return "beta2: number expected";
                if (message.eps != null && $Object.hasOwnProperty.call(message, "eps"))
                    if (typeof message.eps !== "number")
                        return "eps: number expected";
                if (message.warmupSteps != null && $Object.hasOwnProperty.call(message, "warmupSteps"))
                    if (!$util.isInteger(message.warmupSteps))
                        return "warmupSteps: integer expected";
                if (message.totalSteps != null && $Object.hasOwnProperty.call(message, "totalSteps"))
                    if (!$util.isInteger(message.totalSteps))
                        return "totalSteps: integer expected";
                if (message.batchSize != null && $Object.hasOwnProperty.call(message, "batchSize"))
                    if (!$util.isInteger(message.batchSize))
                        return "batchSize: integer expected";
                if (message.gradientAccumulationSteps != null && $Object.hasOwnProperty.call(message, "gradientAccumulationSteps"))
                    if (!$util.isInteger(message.gradientAccumulationSteps))
                        return "gradientAccumulationSteps: integer expected";
                if (message.maxGradNorm != null && $Object.hasOwnProperty.call(message, "maxGradNorm"))
                    if (typeof message.maxGradNorm !== "number")
                        return "maxGradNorm: number expected";
                if (message.precision != null && $Object.hasOwnProperty.call(message, "precision"))
                    if (typeof message.precision !== "number" || (message.precision | 0) !== message.precision)
                        return "precision: enum value expected";
                if (message.seed != null && $Object.hasOwnProperty.call(message, "seed"))
                    if (!$util.isInteger(message.seed) && !(message.seed && $util.isInteger(message.seed.low) && $util.isInteger(message.seed.high)))
                        return "seed: integer|Long expected";
                if (message.initialLossScale != null && $Object.hasOwnProperty.call(message, "initialLossScale"))
                    if (typeof message.initialLossScale !== "number")
                        return "initialLossScale: number expected";
                if (message.lossScaleWindow != null && $Object.hasOwnProperty.call(message, "lossScaleWindow"))
                    if (!$util.isInteger(message.lossScaleWindow))
                        return "lossScaleWindow: integer expected";
                if (message.numThreads != null && $Object.hasOwnProperty.call(message, "numThreads"))
                    if (!$util.isInteger(message.numThreads))
                        return "numThreads: integer expected";
                if (message.onNonfinite != null && $Object.hasOwnProperty.call(message, "onNonfinite"))
                    if (typeof message.onNonfinite !== "number" || (message.onNonfinite | 0) !== message.onNonfinite)
                        return "onNonfinite: enum value expected";
                if (message.maxNonfiniteSteps != null && $Object.hasOwnProperty.call(message, "maxNonfiniteSteps"))
                    if (!$util.isInteger(message.maxNonfiniteSteps))
                        return "maxNonfiniteSteps: integer expected";
                if (message.dataParallel != null && $Object.hasOwnProperty.call(message, "dataParallel"))
                    if (typeof message.dataParallel !== "number" || (message.dataParallel | 0) !== message.dataParallel)
                        return "dataParallel: enum value expected";
                return null;
            };

            /**
             * Creates a ConfigureTraining message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.ConfigureTraining
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.ConfigureTraining} ConfigureTraining
             */
            ConfigureTraining.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.ConfigureTraining)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.ConfigureTraining: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.ConfigureTraining();
                if (object.lr != null)
                    if (!$Object.is($Number(object.lr), 0))
                        message.lr = $Number(object.lr);
                if (object.weightDecay != null)
                    if (!$Object.is($Number(object.weightDecay), 0))
                        message.weightDecay = $Number(object.weightDecay);
                if (object.beta1 != null)
                    if (!$Object.is($Number(object.beta1), 0))
                        message.beta1 = $Number(object.beta1);
                if (object.beta2 != null)
                    if (!$Object.is($Number(object.beta2), 0))
                        message.beta2 = $Number(object.beta2);
                if (object.eps != null)
                    if (!$Object.is($Number(object.eps), 0))
                        message.eps = $Number(object.eps);
                if (object.warmupSteps != null)
                    if ($Number(object.warmupSteps) !== 0)
                        message.warmupSteps = object.warmupSteps >>> 0;
                if (object.totalSteps != null)
                    if ($Number(object.totalSteps) !== 0)
                        message.totalSteps = object.totalSteps >>> 0;
                if (object.batchSize != null)
                    if ($Number(object.batchSize) !== 0)
                        message.batchSize = object.batchSize >>> 0;
                if (object.gradientAccumulationSteps != null)
                    if ($Number(object.gradientAccumulationSteps) !== 0)
                        message.gradientAccumulationSteps = object.gradientAccumulationSteps >>> 0;
                if (object.maxGradNorm != null)
                    if (!$Object.is($Number(object.maxGradNorm), 0))
                        message.maxGradNorm = $Number(object.maxGradNorm);
                if (object.precision !== 0 && (typeof object.precision !== "string" || $root.moqlab.v1.Precision[object.precision] !== 0))
                    switch (object.precision) {
                    case "PRECISION_UNSPECIFIED":
                    case 0:
                        message.precision = 0;
                        break;
                    case "PRECISION_FP32":
                    case 1:
                        message.precision = 1;
                        break;
                    case "PRECISION_FP16":
                    case 2:
                        message.precision = 2;
                        break;
                    case "PRECISION_BF16":
                    case 3:
                        message.precision = 3;
                        break;
                    default:
                        if (typeof object.precision === "number" && (object.precision | 0) === object.precision)
                            message.precision = object.precision;
                    }
                if (object.seed != null)
                    if (typeof object.seed === "object" ? object.seed.low || object.seed.high : $Number(object.seed) !== 0)
                        if ($util.Long)
                            message.seed = $util.Long.fromValue(object.seed, true);
                        else if (typeof object.seed === "string")
                            message.seed = $parseInt(object.seed, 10);
                        else if (typeof object.seed === "number")
                            message.seed = object.seed;
                        else if (typeof object.seed === "object")
                            message.seed = new $util.LongBits(object.seed.low >>> 0, object.seed.high >>> 0).toNumber(true);
                if (object.initialLossScale != null)
                    if (!$Object.is($Number(object.initialLossScale), 0))
                        message.initialLossScale = $Number(object.initialLossScale);
                if (object.lossScaleWindow != null)
                    if ($Number(object.lossScaleWindow) !== 0)
                        message.lossScaleWindow = object.lossScaleWindow >>> 0;
                if (object.numThreads != null)
                    if ($Number(object.numThreads) !== 0)
                        message.numThreads = object.numThreads >>> 0;
                if (object.onNonfinite !== 0 && (typeof object.onNonfinite !== "string" || $root.moqlab.v1.NonfinitePolicy[object.onNonfinite] !== 0))
                    switch (object.onNonfinite) {
                    case "NONFINITE_POLICY_UNSPECIFIED":
                    case 0:
                        message.onNonfinite = 0;
                        break;
                    case "NONFINITE_POLICY_FAIL":
                    case 1:
                        message.onNonfinite = 1;
                        break;
                    case "NONFINITE_POLICY_SKIP_STEP":
                    case 2:
                        message.onNonfinite = 2;
                        break;
                    default:
                        if (typeof object.onNonfinite === "number" && (object.onNonfinite | 0) === object.onNonfinite)
                            message.onNonfinite = object.onNonfinite;
                    }
                if (object.maxNonfiniteSteps != null)
                    if ($Number(object.maxNonfiniteSteps) !== 0)
                        message.maxNonfiniteSteps = object.maxNonfiniteSteps >>> 0;
                if (object.dataParallel !== 0 && (typeof object.dataParallel !== "string" || $root.moqlab.v1.DataParallel[object.dataParallel] !== 0))
                    switch (object.dataParallel) {
                    case "DATA_PARALLEL_UNSPECIFIED":
                    case 0:
                        message.dataParallel = 0;
                        break;
                    case "DATA_PARALLEL_DDP":
                    case 1:
                        message.dataParallel = 1;
                        break;
                    case "DATA_PARALLEL_FSDP":
                    case 2:
                        message.dataParallel = 2;
                        break;
                    default:
                        if (typeof object.dataParallel === "number" && (object.dataParallel | 0) === object.dataParallel)
                            message.dataParallel = object.dataParallel;
                    }
                return message;
            };

            /**
             * Creates a plain object from a ConfigureTraining message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.ConfigureTraining
             * @static
             * @param {moqlab.v1.ConfigureTraining} message ConfigureTraining
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConfigureTraining.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.lr = 0;
                    object.weightDecay = 0;
                    object.beta1 = 0;
                    object.beta2 = 0;
                    object.eps = 0;
                    object.warmupSteps = 0;
                    object.totalSteps = 0;
                    object.batchSize = 0;
                    object.gradientAccumulationSteps = 0;
                    object.maxGradNorm = 0;
                    object.precision = options.enums === $String ? "PRECISION_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seed = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seed = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.initialLossScale = 0;
                    object.lossScaleWindow = 0;
                    object.numThreads = 0;
                    object.onNonfinite = options.enums === $String ? "NONFINITE_POLICY_UNSPECIFIED" : 0;
                    object.maxNonfiniteSteps = 0;
                    object.dataParallel = options.enums === $String ? "DATA_PARALLEL_UNSPECIFIED" : 0;
                }
                if (message.lr != null && $Object.hasOwnProperty.call(message, "lr"))
                    object.lr = options.json && !$isFinite(message.lr) ? $String(message.lr) : message.lr;
                if (message.weightDecay != null && $Object.hasOwnProperty.call(message, "weightDecay"))
                    object.weightDecay = options.json && !$isFinite(message.weightDecay) ? $String(message.weightDecay) : message.weightDecay;
                if (message.beta1 != null && $Object.hasOwnProperty.call(message, "beta1"))
                    object.beta1 = options.json && !$isFinite(message.beta1) ? $String(message.beta1) : message.beta1;
                if (message.beta2 != null && $Object.hasOwnProperty.call(message, "beta2"))
                    object.beta2 = options.json && !$isFinite(message.beta2) ? $String(message.beta2) : message.beta2;
                if (message.eps != null && $Object.hasOwnProperty.call(message, "eps"))
                    object.eps = options.json && !$isFinite(message.eps) ? $String(message.eps) : message.eps;
                if (message.warmupSteps != null && $Object.hasOwnProperty.call(message, "warmupSteps"))
                    object.warmupSteps = message.warmupSteps;
                if (message.totalSteps != null && $Object.hasOwnProperty.call(message, "totalSteps"))
                    object.totalSteps = message.totalSteps;
                if (message.batchSize != null && $Object.hasOwnProperty.call(message, "batchSize"))
                    object.batchSize = message.batchSize;
                if (message.gradientAccumulationSteps != null && $Object.hasOwnProperty.call(message, "gradientAccumulationSteps"))
                    object.gradientAccumulationSteps = message.gradientAccumulationSteps;
                if (message.maxGradNorm != null && $Object.hasOwnProperty.call(message, "maxGradNorm"))
                    object.maxGradNorm = options.json && !$isFinite(message.maxGradNorm) ? $String(message.maxGradNorm) : message.maxGradNorm;
                if (message.precision != null && $Object.hasOwnProperty.call(message, "precision"))
                    object.precision = options.enums === $String ? $root.moqlab.v1.Precision[message.precision] === $undefined ? message.precision : $root.moqlab.v1.Precision[message.precision] : message.precision;
                if (message.seed != null && $Object.hasOwnProperty.call(message, "seed"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seed = typeof message.seed === "number" ? $BigInt(message.seed) : $util.Long.fromBits(message.seed.low >>> 0, message.seed.high >>> 0, true).toBigInt();
                    else if (typeof message.seed === "number")
                        object.seed = options.longs === $String ? $String(message.seed) : message.seed;
                    else
                        object.seed = options.longs === $String ? $util.Long.prototype.toString.call(message.seed) : options.longs === $Number ? new $util.LongBits(message.seed.low >>> 0, message.seed.high >>> 0).toNumber(true) : message.seed;
                if (message.initialLossScale != null && $Object.hasOwnProperty.call(message, "initialLossScale"))
                    object.initialLossScale = options.json && !$isFinite(message.initialLossScale) ? $String(message.initialLossScale) : message.initialLossScale;
                if (message.lossScaleWindow != null && $Object.hasOwnProperty.call(message, "lossScaleWindow"))
                    object.lossScaleWindow = message.lossScaleWindow;
                if (message.numThreads != null && $Object.hasOwnProperty.call(message, "numThreads"))
                    object.numThreads = message.numThreads;
                if (message.onNonfinite != null && $Object.hasOwnProperty.call(message, "onNonfinite"))
                    object.onNonfinite = options.enums === $String ? $root.moqlab.v1.NonfinitePolicy[message.onNonfinite] === $undefined ? message.onNonfinite : $root.moqlab.v1.NonfinitePolicy[message.onNonfinite] : message.onNonfinite;
                if (message.maxNonfiniteSteps != null && $Object.hasOwnProperty.call(message, "maxNonfiniteSteps"))
                    object.maxNonfiniteSteps = message.maxNonfiniteSteps;
                if (message.dataParallel != null && $Object.hasOwnProperty.call(message, "dataParallel"))
                    object.dataParallel = options.enums === $String ? $root.moqlab.v1.DataParallel[message.dataParallel] === $undefined ? message.dataParallel : $root.moqlab.v1.DataParallel[message.dataParallel] : message.dataParallel;
                return object;
            };

            /**
             * Converts this ConfigureTraining to JSON.
             * @function toJSON
             * @memberof moqlab.v1.ConfigureTraining
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConfigureTraining.prototype.toJSON = function() {
                return ConfigureTraining.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ConfigureTraining;
        })();

        v1.ConfigureTrainingResult = (function() {

            /**
             * Properties of a ConfigureTrainingResult.
             * @typedef {Object} moqlab.v1.ConfigureTrainingResult.$Properties
             * @property {string|null} [device] ConfigureTrainingResult device
             * @property {string|null} [workingDtype] ConfigureTrainingResult workingDtype
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConfigureTrainingResult.
             * @memberof moqlab.v1
             * @interface IConfigureTrainingResult
             * @augments moqlab.v1.ConfigureTrainingResult.$Properties
             * @deprecated Use moqlab.v1.ConfigureTrainingResult.$Properties instead.
             */

            /**
             * Shape of a ConfigureTrainingResult.
             * @typedef {moqlab.v1.ConfigureTrainingResult.$Properties} moqlab.v1.ConfigureTrainingResult.$Shape
             */

            /**
             * Constructs a new ConfigureTrainingResult.
             * @memberof moqlab.v1
             * @classdesc Represents a ConfigureTrainingResult.
             * @constructor
             * @param {moqlab.v1.ConfigureTrainingResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConfigureTrainingResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConfigureTrainingResult device.
             * @member {string} device
             * @memberof moqlab.v1.ConfigureTrainingResult
             * @instance
             */
            ConfigureTrainingResult.prototype.device = "";

            /**
             * ConfigureTrainingResult workingDtype.
             * @member {string} workingDtype
             * @memberof moqlab.v1.ConfigureTrainingResult
             * @instance
             */
            ConfigureTrainingResult.prototype.workingDtype = "";

            /**
             * Creates a new ConfigureTrainingResult instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.ConfigureTrainingResult
             * @static
             * @param {moqlab.v1.ConfigureTrainingResult.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.ConfigureTrainingResult} ConfigureTrainingResult instance
             * @type {{
             *   (properties: moqlab.v1.ConfigureTrainingResult.$Shape): moqlab.v1.ConfigureTrainingResult & moqlab.v1.ConfigureTrainingResult.$Shape;
             *   (properties?: moqlab.v1.ConfigureTrainingResult.$Properties): moqlab.v1.ConfigureTrainingResult;
             * }}
             */
            ConfigureTrainingResult.create = function(properties) {
                return new ConfigureTrainingResult(properties);
            };

            /**
             * Encodes the specified ConfigureTrainingResult message. Does not implicitly {@link moqlab.v1.ConfigureTrainingResult.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.ConfigureTrainingResult
             * @static
             * @param {moqlab.v1.ConfigureTrainingResult.$Properties} message ConfigureTrainingResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConfigureTrainingResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.device != null && $Object.hasOwnProperty.call(message, "device") && message.device !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.device);
                if (message.workingDtype != null && $Object.hasOwnProperty.call(message, "workingDtype") && message.workingDtype !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.workingDtype);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConfigureTrainingResult message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.ConfigureTrainingResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.ConfigureTrainingResult & moqlab.v1.ConfigureTrainingResult.$Shape} ConfigureTrainingResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConfigureTrainingResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.ConfigureTrainingResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.device = value;
                            else
                                delete message.device;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workingDtype = value;
                            else
                                delete message.workingDtype;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ConfigureTrainingResult message.
             * @function verify
             * @memberof moqlab.v1.ConfigureTrainingResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ConfigureTrainingResult.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.device != null && $Object.hasOwnProperty.call(message, "device"))
                    if (!$util.isString(message.device))
                        return "device: string expected";
                if (message.workingDtype != null && $Object.hasOwnProperty.call(message, "workingDtype"))
                    if (!$util.isString(message.workingDtype))
                        return "workingDtype: string expected";
                return null;
            };

            /**
             * Creates a ConfigureTrainingResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.ConfigureTrainingResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.ConfigureTrainingResult} ConfigureTrainingResult
             */
            ConfigureTrainingResult.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.ConfigureTrainingResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.ConfigureTrainingResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.ConfigureTrainingResult();
                if (object.device != null)
                    if (typeof object.device !== "string" || object.device.length)
                        message.device = $String(object.device);
                if (object.workingDtype != null)
                    if (typeof object.workingDtype !== "string" || object.workingDtype.length)
                        message.workingDtype = $String(object.workingDtype);
                return message;
            };

            /**
             * Creates a plain object from a ConfigureTrainingResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.ConfigureTrainingResult
             * @static
             * @param {moqlab.v1.ConfigureTrainingResult} message ConfigureTrainingResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConfigureTrainingResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.device = "";
                    object.workingDtype = "";
                }
                if (message.device != null && $Object.hasOwnProperty.call(message, "device"))
                    object.device = message.device;
                if (message.workingDtype != null && $Object.hasOwnProperty.call(message, "workingDtype"))
                    object.workingDtype = message.workingDtype;
                return object;
            };

            /**
             * Converts this ConfigureTrainingResult to JSON.
             * @function toJSON
             * @memberof moqlab.v1.ConfigureTrainingResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConfigureTrainingResult.prototype.toJSON = function() {
                return ConfigureTrainingResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ConfigureTrainingResult;
        })();

        /**
         * QuantType enum.
         * @name moqlab.v1.QuantType
         * @enum {number}
         * @property {number} QUANT_TYPE_UNSPECIFIED=0 QUANT_TYPE_UNSPECIFIED value
         * @property {number} QUANT_TYPE_SYMMETRIC=1 QUANT_TYPE_SYMMETRIC value
         * @property {number} QUANT_TYPE_ASYMMETRIC=2 QUANT_TYPE_ASYMMETRIC value
         */
        v1.QuantType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "QUANT_TYPE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "QUANT_TYPE_SYMMETRIC"] = 1;
            values[valuesById[2] = "QUANT_TYPE_ASYMMETRIC"] = 2;
            return values;
        })();

        /**
         * QuantRounding enum.
         * @name moqlab.v1.QuantRounding
         * @enum {number}
         * @property {number} QUANT_ROUNDING_UNSPECIFIED=0 QUANT_ROUNDING_UNSPECIFIED value
         * @property {number} QUANT_ROUNDING_NEAREST=1 QUANT_ROUNDING_NEAREST value
         * @property {number} QUANT_ROUNDING_STOCHASTIC=2 QUANT_ROUNDING_STOCHASTIC value
         */
        v1.QuantRounding = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "QUANT_ROUNDING_UNSPECIFIED"] = 0;
            values[valuesById[1] = "QUANT_ROUNDING_NEAREST"] = 1;
            values[valuesById[2] = "QUANT_ROUNDING_STOCHASTIC"] = 2;
            return values;
        })();

        /**
         * QuantGrid enum.
         * @name moqlab.v1.QuantGrid
         * @enum {number}
         * @property {number} QUANT_GRID_UNSPECIFIED=0 QUANT_GRID_UNSPECIFIED value
         * @property {number} QUANT_GRID_STANDARD=1 QUANT_GRID_STANDARD value
         * @property {number} QUANT_GRID_DEEPSPEED=2 QUANT_GRID_DEEPSPEED value
         */
        v1.QuantGrid = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "QUANT_GRID_UNSPECIFIED"] = 0;
            values[valuesById[1] = "QUANT_GRID_STANDARD"] = 1;
            values[valuesById[2] = "QUANT_GRID_DEEPSPEED"] = 2;
            return values;
        })();

        v1.QuantizedTensorSpec = (function() {

            /**
             * Properties of a QuantizedTensorSpec.
             * @typedef {Object} moqlab.v1.QuantizedTensorSpec.$Properties
             * @property {string|null} [name] QuantizedTensorSpec name
             * @property {number|null} [index] QuantizedTensorSpec index
             * @property {number|null} [quantizeGroups] QuantizedTensorSpec quantizeGroups
             * @property {number|null} [groupSize] QuantizedTensorSpec groupSize
             * @property {moqlab.v1.QuantRounding|null} [rounding] QuantizedTensorSpec rounding
             * @property {moqlab.v1.QuantGrid|null} [grid] QuantizedTensorSpec grid
             * @property {moqlab.v1.QuantType|null} [qType] QuantizedTensorSpec qType
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a QuantizedTensorSpec.
             * @memberof moqlab.v1
             * @interface IQuantizedTensorSpec
             * @augments moqlab.v1.QuantizedTensorSpec.$Properties
             * @deprecated Use moqlab.v1.QuantizedTensorSpec.$Properties instead.
             */

            /**
             * Shape of a QuantizedTensorSpec.
             * @typedef {moqlab.v1.QuantizedTensorSpec.$Properties} moqlab.v1.QuantizedTensorSpec.$Shape
             */

            /**
             * Constructs a new QuantizedTensorSpec.
             * @memberof moqlab.v1
             * @classdesc Represents a QuantizedTensorSpec.
             * @constructor
             * @param {moqlab.v1.QuantizedTensorSpec.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const QuantizedTensorSpec = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * QuantizedTensorSpec name.
             * @member {string} name
             * @memberof moqlab.v1.QuantizedTensorSpec
             * @instance
             */
            QuantizedTensorSpec.prototype.name = "";

            /**
             * QuantizedTensorSpec index.
             * @member {number} index
             * @memberof moqlab.v1.QuantizedTensorSpec
             * @instance
             */
            QuantizedTensorSpec.prototype.index = 0;

            /**
             * QuantizedTensorSpec quantizeGroups.
             * @member {number} quantizeGroups
             * @memberof moqlab.v1.QuantizedTensorSpec
             * @instance
             */
            QuantizedTensorSpec.prototype.quantizeGroups = 0;

            /**
             * QuantizedTensorSpec groupSize.
             * @member {number} groupSize
             * @memberof moqlab.v1.QuantizedTensorSpec
             * @instance
             */
            QuantizedTensorSpec.prototype.groupSize = 0;

            /**
             * QuantizedTensorSpec rounding.
             * @member {moqlab.v1.QuantRounding} rounding
             * @memberof moqlab.v1.QuantizedTensorSpec
             * @instance
             */
            QuantizedTensorSpec.prototype.rounding = 0;

            /**
             * QuantizedTensorSpec grid.
             * @member {moqlab.v1.QuantGrid} grid
             * @memberof moqlab.v1.QuantizedTensorSpec
             * @instance
             */
            QuantizedTensorSpec.prototype.grid = 0;

            /**
             * QuantizedTensorSpec qType.
             * @member {moqlab.v1.QuantType} qType
             * @memberof moqlab.v1.QuantizedTensorSpec
             * @instance
             */
            QuantizedTensorSpec.prototype.qType = 0;

            /**
             * Creates a new QuantizedTensorSpec instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.QuantizedTensorSpec
             * @static
             * @param {moqlab.v1.QuantizedTensorSpec.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.QuantizedTensorSpec} QuantizedTensorSpec instance
             * @type {{
             *   (properties: moqlab.v1.QuantizedTensorSpec.$Shape): moqlab.v1.QuantizedTensorSpec & moqlab.v1.QuantizedTensorSpec.$Shape;
             *   (properties?: moqlab.v1.QuantizedTensorSpec.$Properties): moqlab.v1.QuantizedTensorSpec;
             * }}
             */
            QuantizedTensorSpec.create = function(properties) {
                return new QuantizedTensorSpec(properties);
            };

            /**
             * Encodes the specified QuantizedTensorSpec message. Does not implicitly {@link moqlab.v1.QuantizedTensorSpec.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.QuantizedTensorSpec
             * @static
             * @param {moqlab.v1.QuantizedTensorSpec.$Properties} message QuantizedTensorSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            QuantizedTensorSpec.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.index);
                if (message.quantizeGroups != null && $Object.hasOwnProperty.call(message, "quantizeGroups") && message.quantizeGroups !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.quantizeGroups);
                if (message.groupSize != null && $Object.hasOwnProperty.call(message, "groupSize") && message.groupSize !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.groupSize);
                if (message.rounding != null && $Object.hasOwnProperty.call(message, "rounding") && message.rounding !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.rounding);
                if (message.grid != null && $Object.hasOwnProperty.call(message, "grid") && message.grid !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).int32(message.grid);
                if (message.qType != null && $Object.hasOwnProperty.call(message, "qType") && message.qType !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).int32(message.qType);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a QuantizedTensorSpec message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.QuantizedTensorSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.QuantizedTensorSpec & moqlab.v1.QuantizedTensorSpec.$Shape} QuantizedTensorSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            QuantizedTensorSpec.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.QuantizedTensorSpec();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.quantizeGroups = value;
                            else
                                delete message.quantizeGroups;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.groupSize = value;
                            else
                                delete message.groupSize;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.rounding = value;
                            else
                                delete message.rounding;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.grid = value;
                            else
                                delete message.grid;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.qType = value;
                            else
                                delete message.qType;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a QuantizedTensorSpec message.
             * @function verify
             * @memberof moqlab.v1.QuantizedTensorSpec
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            QuantizedTensorSpec.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    if (!$util.isInteger(message.index))
                        return "index: integer expected";
                if (message.quantizeGroups != null && $Object.hasOwnProperty.call(message, "quantizeGroups"))
                    if (!$util.isInteger(message.quantizeGroups))
                        return "quantizeGroups: integer expected";
                if (message.groupSize != null && $Object.hasOwnProperty.call(message, "groupSize"))
                    if (!$util.isInteger(message.groupSize))
                        return "groupSize: integer expected";
                if (message.rounding != null && $Object.hasOwnProperty.call(message, "rounding"))
                    if (typeof message.rounding !== "number" || (message.rounding | 0) !== message.rounding)
                        return "rounding: enum value expected";
                if (message.grid != null && $Object.hasOwnProperty.call(message, "grid"))
                    if (typeof message.grid !== "number" || (message.grid | 0) !== message.grid)
                        return "grid: enum value expected";
                if (message.qType != null && $Object.hasOwnProperty.call(message, "qType"))
                    if (typeof message.qType !== "number" || (message.qType | 0) !== message.qType)
                        return "qType: enum value expected";
                return null;
            };

            /**
             * Creates a QuantizedTensorSpec message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.QuantizedTensorSpec
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.QuantizedTensorSpec} QuantizedTensorSpec
             */
            QuantizedTensorSpec.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.QuantizedTensorSpec)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.QuantizedTensorSpec: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.QuantizedTensorSpec();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.index != null)
                    if ($Number(object.index) !== 0)
                        message.index = object.index >>> 0;
                if (object.quantizeGroups != null)
                    if ($Number(object.quantizeGroups) !== 0)
                        message.quantizeGroups = object.quantizeGroups >>> 0;
                if (object.groupSize != null)
                    if ($Number(object.groupSize) !== 0)
                        message.groupSize = object.groupSize >>> 0;
                if (object.rounding !== 0 && (typeof object.rounding !== "string" || $root.moqlab.v1.QuantRounding[object.rounding] !== 0))
                    switch (object.rounding) {
                    case "QUANT_ROUNDING_UNSPECIFIED":
                    case 0:
                        message.rounding = 0;
                        break;
                    case "QUANT_ROUNDING_NEAREST":
                    case 1:
                        message.rounding = 1;
                        break;
                    case "QUANT_ROUNDING_STOCHASTIC":
                    case 2:
                        message.rounding = 2;
                        break;
                    default:
                        if (typeof object.rounding === "number" && (object.rounding | 0) === object.rounding)
                            message.rounding = object.rounding;
                    }
                if (object.grid !== 0 && (typeof object.grid !== "string" || $root.moqlab.v1.QuantGrid[object.grid] !== 0))
                    switch (object.grid) {
                    case "QUANT_GRID_UNSPECIFIED":
                    case 0:
                        message.grid = 0;
                        break;
                    case "QUANT_GRID_STANDARD":
                    case 1:
                        message.grid = 1;
                        break;
                    case "QUANT_GRID_DEEPSPEED":
                    case 2:
                        message.grid = 2;
                        break;
                    default:
                        if (typeof object.grid === "number" && (object.grid | 0) === object.grid)
                            message.grid = object.grid;
                    }
                if (object.qType !== 0 && (typeof object.qType !== "string" || $root.moqlab.v1.QuantType[object.qType] !== 0))
                    switch (object.qType) {
                    case "QUANT_TYPE_UNSPECIFIED":
                    case 0:
                        message.qType = 0;
                        break;
                    case "QUANT_TYPE_SYMMETRIC":
                    case 1:
                        message.qType = 1;
                        break;
                    case "QUANT_TYPE_ASYMMETRIC":
                    case 2:
                        message.qType = 2;
                        break;
                    default:
                        if (typeof object.qType === "number" && (object.qType | 0) === object.qType)
                            message.qType = object.qType;
                    }
                return message;
            };

            /**
             * Creates a plain object from a QuantizedTensorSpec message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.QuantizedTensorSpec
             * @static
             * @param {moqlab.v1.QuantizedTensorSpec} message QuantizedTensorSpec
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            QuantizedTensorSpec.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.index = 0;
                    object.quantizeGroups = 0;
                    object.groupSize = 0;
                    object.rounding = options.enums === $String ? "QUANT_ROUNDING_UNSPECIFIED" : 0;
                    object.grid = options.enums === $String ? "QUANT_GRID_UNSPECIFIED" : 0;
                    object.qType = options.enums === $String ? "QUANT_TYPE_UNSPECIFIED" : 0;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    object.index = message.index;
                if (message.quantizeGroups != null && $Object.hasOwnProperty.call(message, "quantizeGroups"))
                    object.quantizeGroups = message.quantizeGroups;
                if (message.groupSize != null && $Object.hasOwnProperty.call(message, "groupSize"))
                    object.groupSize = message.groupSize;
                if (message.rounding != null && $Object.hasOwnProperty.call(message, "rounding"))
                    object.rounding = options.enums === $String ? $root.moqlab.v1.QuantRounding[message.rounding] === $undefined ? message.rounding : $root.moqlab.v1.QuantRounding[message.rounding] : message.rounding;
                if (message.grid != null && $Object.hasOwnProperty.call(message, "grid"))
                    object.grid = options.enums === $String ? $root.moqlab.v1.QuantGrid[message.grid] === $undefined ? message.grid : $root.moqlab.v1.QuantGrid[message.grid] : message.grid;
                if (message.qType != null && $Object.hasOwnProperty.call(message, "qType"))
                    object.qType = options.enums === $String ? $root.moqlab.v1.QuantType[message.qType] === $undefined ? message.qType : $root.moqlab.v1.QuantType[message.qType] : message.qType;
                return object;
            };

            /**
             * Converts this QuantizedTensorSpec to JSON.
             * @function toJSON
             * @memberof moqlab.v1.QuantizedTensorSpec
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            QuantizedTensorSpec.prototype.toJSON = function() {
                return QuantizedTensorSpec.toObject(this, $protobuf.util.toJSONOptions);
            };

            return QuantizedTensorSpec;
        })();

        /**
         * QuantizerKernel enum.
         * @name moqlab.v1.QuantizerKernel
         * @enum {number}
         * @property {number} QUANTIZER_KERNEL_UNSPECIFIED=0 QUANTIZER_KERNEL_UNSPECIFIED value
         * @property {number} QUANTIZER_KERNEL_PYTORCH=1 QUANTIZER_KERNEL_PYTORCH value
         * @property {number} QUANTIZER_KERNEL_FUSED=2 QUANTIZER_KERNEL_FUSED value
         */
        v1.QuantizerKernel = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "QUANTIZER_KERNEL_UNSPECIFIED"] = 0;
            values[valuesById[1] = "QUANTIZER_KERNEL_PYTORCH"] = 1;
            values[valuesById[2] = "QUANTIZER_KERNEL_FUSED"] = 2;
            return values;
        })();

        v1.ConfigureQuantization = (function() {

            /**
             * Properties of a ConfigureQuantization.
             * @typedef {Object} moqlab.v1.ConfigureQuantization.$Properties
             * @property {Array.<moqlab.v1.QuantizedTensorSpec.$Properties>|null} [tensors] ConfigureQuantization tensors
             * @property {number|null} [seed] ConfigureQuantization seed
             * @property {moqlab.v1.QuantizerKernel|null} [quantizerKernel] ConfigureQuantization quantizerKernel
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConfigureQuantization.
             * @memberof moqlab.v1
             * @interface IConfigureQuantization
             * @augments moqlab.v1.ConfigureQuantization.$Properties
             * @deprecated Use moqlab.v1.ConfigureQuantization.$Properties instead.
             */

            /**
             * Shape of a ConfigureQuantization.
             * @typedef {moqlab.v1.ConfigureQuantization.$Properties} moqlab.v1.ConfigureQuantization.$Shape
             */

            /**
             * Constructs a new ConfigureQuantization.
             * @memberof moqlab.v1
             * @classdesc Represents a ConfigureQuantization.
             * @constructor
             * @param {moqlab.v1.ConfigureQuantization.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConfigureQuantization = function (properties) {
                this.tensors = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConfigureQuantization tensors.
             * @member {Array.<moqlab.v1.QuantizedTensorSpec.$Properties>} tensors
             * @memberof moqlab.v1.ConfigureQuantization
             * @instance
             */
            ConfigureQuantization.prototype.tensors = $util.emptyArray;

            /**
             * ConfigureQuantization seed.
             * @member {number} seed
             * @memberof moqlab.v1.ConfigureQuantization
             * @instance
             */
            ConfigureQuantization.prototype.seed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ConfigureQuantization quantizerKernel.
             * @member {moqlab.v1.QuantizerKernel} quantizerKernel
             * @memberof moqlab.v1.ConfigureQuantization
             * @instance
             */
            ConfigureQuantization.prototype.quantizerKernel = 0;

            /**
             * Creates a new ConfigureQuantization instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.ConfigureQuantization
             * @static
             * @param {moqlab.v1.ConfigureQuantization.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.ConfigureQuantization} ConfigureQuantization instance
             * @type {{
             *   (properties: moqlab.v1.ConfigureQuantization.$Shape): moqlab.v1.ConfigureQuantization & moqlab.v1.ConfigureQuantization.$Shape;
             *   (properties?: moqlab.v1.ConfigureQuantization.$Properties): moqlab.v1.ConfigureQuantization;
             * }}
             */
            ConfigureQuantization.create = function(properties) {
                return new ConfigureQuantization(properties);
            };

            /**
             * Encodes the specified ConfigureQuantization message. Does not implicitly {@link moqlab.v1.ConfigureQuantization.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.ConfigureQuantization
             * @static
             * @param {moqlab.v1.ConfigureQuantization.$Properties} message ConfigureQuantization message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConfigureQuantization.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.tensors != null && message.tensors.length)
                    for (let i = 0; i < message.tensors.length; ++i)
                        $root.moqlab.v1.QuantizedTensorSpec.encode(message.tensors[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.seed != null && $Object.hasOwnProperty.call(message, "seed") && (typeof message.seed === "object" ? message.seed.low || message.seed.high : message.seed !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.seed);
                if (message.quantizerKernel != null && $Object.hasOwnProperty.call(message, "quantizerKernel") && message.quantizerKernel !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.quantizerKernel);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConfigureQuantization message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.ConfigureQuantization
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.ConfigureQuantization & moqlab.v1.ConfigureQuantization.$Shape} ConfigureQuantization
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConfigureQuantization.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.ConfigureQuantization();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tensors && message.tensors.length))
                                message.tensors = [];
                            message.tensors.push($root.moqlab.v1.QuantizedTensorSpec.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seed = value;
                            else
                                delete message.seed;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.quantizerKernel = value;
                            else
                                delete message.quantizerKernel;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ConfigureQuantization message.
             * @function verify
             * @memberof moqlab.v1.ConfigureQuantization
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ConfigureQuantization.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.tensors != null && $Object.hasOwnProperty.call(message, "tensors")) {
                    if (!$Array.isArray(message.tensors))
                        return "tensors: array expected";
                    for (let i = 0; i < message.tensors.length; ++i) {
                        let error = $root.moqlab.v1.QuantizedTensorSpec.verify(message.tensors[i], _depth + 1);
                        if (error)
                            return "tensors." + error;
                    }
                }
                if (message.seed != null && $Object.hasOwnProperty.call(message, "seed"))
                    if (!$util.isInteger(message.seed) && !(message.seed && $util.isInteger(message.seed.low) && $util.isInteger(message.seed.high)))
                        return "seed: integer|Long expected";
                if (message.quantizerKernel != null && $Object.hasOwnProperty.call(message, "quantizerKernel"))
                    if (typeof message.quantizerKernel !== "number" || (message.quantizerKernel | 0) !== message.quantizerKernel)
                        return "quantizerKernel: enum value expected";
                return null;
            };

            /**
             * Creates a ConfigureQuantization message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.ConfigureQuantization
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.ConfigureQuantization} ConfigureQuantization
             */
            ConfigureQuantization.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.ConfigureQuantization)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.ConfigureQuantization: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.ConfigureQuantization();
                if (object.tensors) {
                    if (!$Array.isArray(object.tensors))
                        throw $TypeError(".moqlab.v1.ConfigureQuantization.tensors: array expected");
                    message.tensors = $Array(object.tensors.length);
                    for (let i = 0; i < object.tensors.length; ++i) {
                        if (!$util.isObject(object.tensors[i]))
                            throw $TypeError(".moqlab.v1.ConfigureQuantization.tensors: object expected");
                        message.tensors[i] = $root.moqlab.v1.QuantizedTensorSpec.fromObject(object.tensors[i], _depth + 1);
                    }
                }
                if (object.seed != null)
                    if (typeof object.seed === "object" ? object.seed.low || object.seed.high : $Number(object.seed) !== 0)
                        if ($util.Long)
                            message.seed = $util.Long.fromValue(object.seed, true);
                        else if (typeof object.seed === "string")
                            message.seed = $parseInt(object.seed, 10);
                        else if (typeof object.seed === "number")
                            message.seed = object.seed;
                        else if (typeof object.seed === "object")
                            message.seed = new $util.LongBits(object.seed.low >>> 0, object.seed.high >>> 0).toNumber(true);
                if (object.quantizerKernel !== 0 && (typeof object.quantizerKernel !== "string" || $root.moqlab.v1.QuantizerKernel[object.quantizerKernel] !== 0))
                    switch (object.quantizerKernel) {
                    case "QUANTIZER_KERNEL_UNSPECIFIED":
                    case 0:
                        message.quantizerKernel = 0;
                        break;
                    case "QUANTIZER_KERNEL_PYTORCH":
                    case 1:
                        message.quantizerKernel = 1;
                        break;
                    case "QUANTIZER_KERNEL_FUSED":
                    case 2:
                        message.quantizerKernel = 2;
                        break;
                    default:
                        if (typeof object.quantizerKernel === "number" && (object.quantizerKernel | 0) === object.quantizerKernel)
                            message.quantizerKernel = object.quantizerKernel;
                    }
                return message;
            };

            /**
             * Creates a plain object from a ConfigureQuantization message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.ConfigureQuantization
             * @static
             * @param {moqlab.v1.ConfigureQuantization} message ConfigureQuantization
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConfigureQuantization.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.tensors = [];
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seed = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seed = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.quantizerKernel = options.enums === $String ? "QUANTIZER_KERNEL_UNSPECIFIED" : 0;
                }
                if (message.tensors && message.tensors.length) {
                    object.tensors = $Array(message.tensors.length);
                    for (let j = 0; j < message.tensors.length; ++j)
                        object.tensors[j] = $root.moqlab.v1.QuantizedTensorSpec.toObject(message.tensors[j], options, _depth + 1);
                }
                if (message.seed != null && $Object.hasOwnProperty.call(message, "seed"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seed = typeof message.seed === "number" ? $BigInt(message.seed) : $util.Long.fromBits(message.seed.low >>> 0, message.seed.high >>> 0, true).toBigInt();
                    else if (typeof message.seed === "number")
                        object.seed = options.longs === $String ? $String(message.seed) : message.seed;
                    else
                        object.seed = options.longs === $String ? $util.Long.prototype.toString.call(message.seed) : options.longs === $Number ? new $util.LongBits(message.seed.low >>> 0, message.seed.high >>> 0).toNumber(true) : message.seed;
                if (message.quantizerKernel != null && $Object.hasOwnProperty.call(message, "quantizerKernel"))
                    object.quantizerKernel = options.enums === $String ? $root.moqlab.v1.QuantizerKernel[message.quantizerKernel] === $undefined ? message.quantizerKernel : $root.moqlab.v1.QuantizerKernel[message.quantizerKernel] : message.quantizerKernel;
                return object;
            };

            /**
             * Converts this ConfigureQuantization to JSON.
             * @function toJSON
             * @memberof moqlab.v1.ConfigureQuantization
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConfigureQuantization.prototype.toJSON = function() {
                return ConfigureQuantization.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ConfigureQuantization;
        })();

        v1.ConfigureQuantizationResult = (function() {

            /**
             * Properties of a ConfigureQuantizationResult.
             * @typedef {Object} moqlab.v1.ConfigureQuantizationResult.$Properties
             * @property {number|null} [quantizedParameters] ConfigureQuantizationResult quantizedParameters
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConfigureQuantizationResult.
             * @memberof moqlab.v1
             * @interface IConfigureQuantizationResult
             * @augments moqlab.v1.ConfigureQuantizationResult.$Properties
             * @deprecated Use moqlab.v1.ConfigureQuantizationResult.$Properties instead.
             */

            /**
             * Shape of a ConfigureQuantizationResult.
             * @typedef {moqlab.v1.ConfigureQuantizationResult.$Properties} moqlab.v1.ConfigureQuantizationResult.$Shape
             */

            /**
             * Constructs a new ConfigureQuantizationResult.
             * @memberof moqlab.v1
             * @classdesc Represents a ConfigureQuantizationResult.
             * @constructor
             * @param {moqlab.v1.ConfigureQuantizationResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConfigureQuantizationResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConfigureQuantizationResult quantizedParameters.
             * @member {number} quantizedParameters
             * @memberof moqlab.v1.ConfigureQuantizationResult
             * @instance
             */
            ConfigureQuantizationResult.prototype.quantizedParameters = 0;

            /**
             * Creates a new ConfigureQuantizationResult instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.ConfigureQuantizationResult
             * @static
             * @param {moqlab.v1.ConfigureQuantizationResult.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.ConfigureQuantizationResult} ConfigureQuantizationResult instance
             * @type {{
             *   (properties: moqlab.v1.ConfigureQuantizationResult.$Shape): moqlab.v1.ConfigureQuantizationResult & moqlab.v1.ConfigureQuantizationResult.$Shape;
             *   (properties?: moqlab.v1.ConfigureQuantizationResult.$Properties): moqlab.v1.ConfigureQuantizationResult;
             * }}
             */
            ConfigureQuantizationResult.create = function(properties) {
                return new ConfigureQuantizationResult(properties);
            };

            /**
             * Encodes the specified ConfigureQuantizationResult message. Does not implicitly {@link moqlab.v1.ConfigureQuantizationResult.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.ConfigureQuantizationResult
             * @static
             * @param {moqlab.v1.ConfigureQuantizationResult.$Properties} message ConfigureQuantizationResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConfigureQuantizationResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.quantizedParameters != null && $Object.hasOwnProperty.call(message, "quantizedParameters") && !$Object.is(message.quantizedParameters, 0))
                    writer.uint32(/* id 1, wireType 1 =*/9).double(message.quantizedParameters);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ConfigureQuantizationResult message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.ConfigureQuantizationResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.ConfigureQuantizationResult & moqlab.v1.ConfigureQuantizationResult.$Shape} ConfigureQuantizationResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConfigureQuantizationResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.ConfigureQuantizationResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.quantizedParameters = value;
                            else
                                delete message.quantizedParameters;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ConfigureQuantizationResult message.
             * @function verify
             * @memberof moqlab.v1.ConfigureQuantizationResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ConfigureQuantizationResult.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.quantizedParameters != null && $Object.hasOwnProperty.call(message, "quantizedParameters"))
                    if (typeof message.quantizedParameters !== "number")
                        return "quantizedParameters: number expected";
                return null;
            };

            /**
             * Creates a ConfigureQuantizationResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.ConfigureQuantizationResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.ConfigureQuantizationResult} ConfigureQuantizationResult
             */
            ConfigureQuantizationResult.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.ConfigureQuantizationResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.ConfigureQuantizationResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.ConfigureQuantizationResult();
                if (object.quantizedParameters != null)
                    if (!$Object.is($Number(object.quantizedParameters), 0))
                        message.quantizedParameters = $Number(object.quantizedParameters);
                return message;
            };

            /**
             * Creates a plain object from a ConfigureQuantizationResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.ConfigureQuantizationResult
             * @static
             * @param {moqlab.v1.ConfigureQuantizationResult} message ConfigureQuantizationResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConfigureQuantizationResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.quantizedParameters = 0;
                if (message.quantizedParameters != null && $Object.hasOwnProperty.call(message, "quantizedParameters"))
                    object.quantizedParameters = options.json && !$isFinite(message.quantizedParameters) ? $String(message.quantizedParameters) : message.quantizedParameters;
                return object;
            };

            /**
             * Converts this ConfigureQuantizationResult to JSON.
             * @function toJSON
             * @memberof moqlab.v1.ConfigureQuantizationResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConfigureQuantizationResult.prototype.toJSON = function() {
                return ConfigureQuantizationResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ConfigureQuantizationResult;
        })();

        v1.LayerPlan = (function() {

            /**
             * Properties of a LayerPlan.
             * @typedef {Object} moqlab.v1.LayerPlan.$Properties
             * @property {string|null} [name] LayerPlan name
             * @property {number|null} [bits] LayerPlan bits
             * @property {boolean|null} [mixing] LayerPlan mixing
             * @property {number|null} [mixCount] LayerPlan mixCount
             * @property {number|null} [changeRatio] LayerPlan changeRatio
             * @property {boolean|null} [reportError] LayerPlan reportError
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LayerPlan.
             * @memberof moqlab.v1
             * @interface ILayerPlan
             * @augments moqlab.v1.LayerPlan.$Properties
             * @deprecated Use moqlab.v1.LayerPlan.$Properties instead.
             */

            /**
             * Shape of a LayerPlan.
             * @typedef {moqlab.v1.LayerPlan.$Properties} moqlab.v1.LayerPlan.$Shape
             */

            /**
             * Constructs a new LayerPlan.
             * @memberof moqlab.v1
             * @classdesc Represents a LayerPlan.
             * @constructor
             * @param {moqlab.v1.LayerPlan.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LayerPlan = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LayerPlan name.
             * @member {string} name
             * @memberof moqlab.v1.LayerPlan
             * @instance
             */
            LayerPlan.prototype.name = "";

            /**
             * LayerPlan bits.
             * @member {number} bits
             * @memberof moqlab.v1.LayerPlan
             * @instance
             */
            LayerPlan.prototype.bits = 0;

            /**
             * LayerPlan mixing.
             * @member {boolean} mixing
             * @memberof moqlab.v1.LayerPlan
             * @instance
             */
            LayerPlan.prototype.mixing = false;

            /**
             * LayerPlan mixCount.
             * @member {number} mixCount
             * @memberof moqlab.v1.LayerPlan
             * @instance
             */
            LayerPlan.prototype.mixCount = 0;

            /**
             * LayerPlan changeRatio.
             * @member {number} changeRatio
             * @memberof moqlab.v1.LayerPlan
             * @instance
             */
            LayerPlan.prototype.changeRatio = 0;

            /**
             * LayerPlan reportError.
             * @member {boolean} reportError
             * @memberof moqlab.v1.LayerPlan
             * @instance
             */
            LayerPlan.prototype.reportError = false;

            /**
             * Creates a new LayerPlan instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.LayerPlan
             * @static
             * @param {moqlab.v1.LayerPlan.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.LayerPlan} LayerPlan instance
             * @type {{
             *   (properties: moqlab.v1.LayerPlan.$Shape): moqlab.v1.LayerPlan & moqlab.v1.LayerPlan.$Shape;
             *   (properties?: moqlab.v1.LayerPlan.$Properties): moqlab.v1.LayerPlan;
             * }}
             */
            LayerPlan.create = function(properties) {
                return new LayerPlan(properties);
            };

            /**
             * Encodes the specified LayerPlan message. Does not implicitly {@link moqlab.v1.LayerPlan.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.LayerPlan
             * @static
             * @param {moqlab.v1.LayerPlan.$Properties} message LayerPlan message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LayerPlan.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.bits != null && $Object.hasOwnProperty.call(message, "bits") && message.bits !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.bits);
                if (message.mixing != null && $Object.hasOwnProperty.call(message, "mixing") && message.mixing !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.mixing);
                if (message.mixCount != null && $Object.hasOwnProperty.call(message, "mixCount") && message.mixCount !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.mixCount);
                if (message.changeRatio != null && $Object.hasOwnProperty.call(message, "changeRatio") && !$Object.is(message.changeRatio, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.changeRatio);
                if (message.reportError != null && $Object.hasOwnProperty.call(message, "reportError") && message.reportError !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.reportError);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LayerPlan message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.LayerPlan
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.LayerPlan & moqlab.v1.LayerPlan.$Shape} LayerPlan
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LayerPlan.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.LayerPlan();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.bits = value;
                            else
                                delete message.bits;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.mixing = value;
                            else
                                delete message.mixing;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.mixCount = value;
                            else
                                delete message.mixCount;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.changeRatio = value;
                            else
                                delete message.changeRatio;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.reportError = value;
                            else
                                delete message.reportError;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a LayerPlan message.
             * @function verify
             * @memberof moqlab.v1.LayerPlan
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LayerPlan.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.bits != null && $Object.hasOwnProperty.call(message, "bits"))
                    if (!$util.isInteger(message.bits))
                        return "bits: integer expected";
                if (message.mixing != null && $Object.hasOwnProperty.call(message, "mixing"))
                    if (typeof message.mixing !== "boolean")
                        return "mixing: boolean expected";
                if (message.mixCount != null && $Object.hasOwnProperty.call(message, "mixCount"))
                    if (!$util.isInteger(message.mixCount))
                        return "mixCount: integer expected";
                if (message.changeRatio != null && $Object.hasOwnProperty.call(message, "changeRatio"))
                    if (typeof message.changeRatio !== "number")
                        return "changeRatio: number expected";
                if (message.reportError != null && $Object.hasOwnProperty.call(message, "reportError"))
                    if (typeof message.reportError !== "boolean")
                        return "reportError: boolean expected";
                return null;
            };

            /**
             * Creates a LayerPlan message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.LayerPlan
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.LayerPlan} LayerPlan
             */
            LayerPlan.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.LayerPlan)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.LayerPlan: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.LayerPlan();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.bits != null)
                    if ($Number(object.bits) !== 0)
                        message.bits = object.bits >>> 0;
                if (object.mixing != null)
                    if (object.mixing)
                        message.mixing = $Boolean(object.mixing);
                if (object.mixCount != null)
                    if ($Number(object.mixCount) !== 0)
                        message.mixCount = object.mixCount >>> 0;
                if (object.changeRatio != null)
                    if (!$Object.is($Number(object.changeRatio), 0))
                        message.changeRatio = $Number(object.changeRatio);
                if (object.reportError != null)
                    if (object.reportError)
                        message.reportError = $Boolean(object.reportError);
                return message;
            };

            /**
             * Creates a plain object from a LayerPlan message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.LayerPlan
             * @static
             * @param {moqlab.v1.LayerPlan} message LayerPlan
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LayerPlan.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.bits = 0;
                    object.mixing = false;
                    object.mixCount = 0;
                    object.changeRatio = 0;
                    object.reportError = false;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.bits != null && $Object.hasOwnProperty.call(message, "bits"))
                    object.bits = message.bits;
                if (message.mixing != null && $Object.hasOwnProperty.call(message, "mixing"))
                    object.mixing = message.mixing;
                if (message.mixCount != null && $Object.hasOwnProperty.call(message, "mixCount"))
                    object.mixCount = message.mixCount;
                if (message.changeRatio != null && $Object.hasOwnProperty.call(message, "changeRatio"))
                    object.changeRatio = options.json && !$isFinite(message.changeRatio) ? $String(message.changeRatio) : message.changeRatio;
                if (message.reportError != null && $Object.hasOwnProperty.call(message, "reportError"))
                    object.reportError = message.reportError;
                return object;
            };

            /**
             * Converts this LayerPlan to JSON.
             * @function toJSON
             * @memberof moqlab.v1.LayerPlan
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LayerPlan.prototype.toJSON = function() {
                return LayerPlan.toObject(this, $protobuf.util.toJSONOptions);
            };

            return LayerPlan;
        })();

        v1.RunSegment = (function() {

            /**
             * Properties of a RunSegment.
             * @typedef {Object} moqlab.v1.RunSegment.$Properties
             * @property {number|null} [numSteps] RunSegment numSteps
             * @property {Array.<moqlab.v1.LayerPlan.$Properties>|null} [plan] RunSegment plan
             * @property {number|null} [quantCounter] RunSegment quantCounter
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RunSegment.
             * @memberof moqlab.v1
             * @interface IRunSegment
             * @augments moqlab.v1.RunSegment.$Properties
             * @deprecated Use moqlab.v1.RunSegment.$Properties instead.
             */

            /**
             * Shape of a RunSegment.
             * @typedef {moqlab.v1.RunSegment.$Properties} moqlab.v1.RunSegment.$Shape
             */

            /**
             * Constructs a new RunSegment.
             * @memberof moqlab.v1
             * @classdesc Represents a RunSegment.
             * @constructor
             * @param {moqlab.v1.RunSegment.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RunSegment = function (properties) {
                this.plan = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RunSegment numSteps.
             * @member {number} numSteps
             * @memberof moqlab.v1.RunSegment
             * @instance
             */
            RunSegment.prototype.numSteps = 0;

            /**
             * RunSegment plan.
             * @member {Array.<moqlab.v1.LayerPlan.$Properties>} plan
             * @memberof moqlab.v1.RunSegment
             * @instance
             */
            RunSegment.prototype.plan = $util.emptyArray;

            /**
             * RunSegment quantCounter.
             * @member {number} quantCounter
             * @memberof moqlab.v1.RunSegment
             * @instance
             */
            RunSegment.prototype.quantCounter = 0;

            /**
             * Creates a new RunSegment instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.RunSegment
             * @static
             * @param {moqlab.v1.RunSegment.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.RunSegment} RunSegment instance
             * @type {{
             *   (properties: moqlab.v1.RunSegment.$Shape): moqlab.v1.RunSegment & moqlab.v1.RunSegment.$Shape;
             *   (properties?: moqlab.v1.RunSegment.$Properties): moqlab.v1.RunSegment;
             * }}
             */
            RunSegment.create = function(properties) {
                return new RunSegment(properties);
            };

            /**
             * Encodes the specified RunSegment message. Does not implicitly {@link moqlab.v1.RunSegment.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.RunSegment
             * @static
             * @param {moqlab.v1.RunSegment.$Properties} message RunSegment message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunSegment.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.numSteps != null && $Object.hasOwnProperty.call(message, "numSteps") && message.numSteps !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.numSteps);
                if (message.plan != null && message.plan.length)
                    for (let i = 0; i < message.plan.length; ++i)
                        $root.moqlab.v1.LayerPlan.encode(message.plan[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.quantCounter != null && $Object.hasOwnProperty.call(message, "quantCounter") && message.quantCounter !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.quantCounter);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RunSegment message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.RunSegment
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.RunSegment & moqlab.v1.RunSegment.$Shape} RunSegment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunSegment.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.RunSegment();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.numSteps = value;
                            else
                                delete message.numSteps;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.plan && message.plan.length))
                                message.plan = [];
                            message.plan.push($root.moqlab.v1.LayerPlan.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.quantCounter = value;
                            else
                                delete message.quantCounter;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a RunSegment message.
             * @function verify
             * @memberof moqlab.v1.RunSegment
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RunSegment.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.numSteps != null && $Object.hasOwnProperty.call(message, "numSteps"))
                    if (!$util.isInteger(message.numSteps))
                        return "numSteps: integer expected";
                if (message.plan != null && $Object.hasOwnProperty.call(message, "plan")) {
                    if (!$Array.isArray(message.plan))
                        return "plan: array expected";
                    for (let i = 0; i < message.plan.length; ++i) {
                        let error = $root.moqlab.v1.LayerPlan.verify(message.plan[i], _depth + 1);
                        if (error)
                            return "plan." + error;
                    }
                }
                if (message.quantCounter != null && $Object.hasOwnProperty.call(message, "quantCounter"))
                    if (!$util.isInteger(message.quantCounter))
                        return "quantCounter: integer expected";
                return null;
            };

            /**
             * Creates a RunSegment message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.RunSegment
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.RunSegment} RunSegment
             */
            RunSegment.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.RunSegment)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.RunSegment: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.RunSegment();
                if (object.numSteps != null)
                    if ($Number(object.numSteps) !== 0)
                        message.numSteps = object.numSteps >>> 0;
                if (object.plan) {
                    if (!$Array.isArray(object.plan))
                        throw $TypeError(".moqlab.v1.RunSegment.plan: array expected");
                    message.plan = $Array(object.plan.length);
                    for (let i = 0; i < object.plan.length; ++i) {
                        if (!$util.isObject(object.plan[i]))
                            throw $TypeError(".moqlab.v1.RunSegment.plan: object expected");
                        message.plan[i] = $root.moqlab.v1.LayerPlan.fromObject(object.plan[i], _depth + 1);
                    }
                }
                if (object.quantCounter != null)
                    if ($Number(object.quantCounter) !== 0)
                        message.quantCounter = object.quantCounter >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a RunSegment message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.RunSegment
             * @static
             * @param {moqlab.v1.RunSegment} message RunSegment
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RunSegment.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.plan = [];
                if (options.defaults) {
                    object.numSteps = 0;
                    object.quantCounter = 0;
                }
                if (message.numSteps != null && $Object.hasOwnProperty.call(message, "numSteps"))
                    object.numSteps = message.numSteps;
                if (message.plan && message.plan.length) {
                    object.plan = $Array(message.plan.length);
                    for (let j = 0; j < message.plan.length; ++j)
                        object.plan[j] = $root.moqlab.v1.LayerPlan.toObject(message.plan[j], options, _depth + 1);
                }
                if (message.quantCounter != null && $Object.hasOwnProperty.call(message, "quantCounter"))
                    object.quantCounter = message.quantCounter;
                return object;
            };

            /**
             * Converts this RunSegment to JSON.
             * @function toJSON
             * @memberof moqlab.v1.RunSegment
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RunSegment.prototype.toJSON = function() {
                return RunSegment.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RunSegment;
        })();

        v1.RunSegmentResult = (function() {

            /**
             * Properties of a RunSegmentResult.
             * @typedef {Object} moqlab.v1.RunSegmentResult.$Properties
             * @property {number|null} [optimizerStep] RunSegmentResult optimizerStep
             * @property {number|null} [stepsRun] RunSegmentResult stepsRun
             * @property {number|null} [skippedSteps] RunSegmentResult skippedSteps
             * @property {number|null} [meanLoss] RunSegmentResult meanLoss
             * @property {number|null} [seconds] RunSegmentResult seconds
             * @property {number|null} [examples] RunSegmentResult examples
             * @property {number|null} [epoch] RunSegmentResult epoch
             * @property {number|null} [nonfiniteSteps] RunSegmentResult nonfiniteSteps
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RunSegmentResult.
             * @memberof moqlab.v1
             * @interface IRunSegmentResult
             * @augments moqlab.v1.RunSegmentResult.$Properties
             * @deprecated Use moqlab.v1.RunSegmentResult.$Properties instead.
             */

            /**
             * Shape of a RunSegmentResult.
             * @typedef {moqlab.v1.RunSegmentResult.$Properties} moqlab.v1.RunSegmentResult.$Shape
             */

            /**
             * Constructs a new RunSegmentResult.
             * @memberof moqlab.v1
             * @classdesc Represents a RunSegmentResult.
             * @constructor
             * @param {moqlab.v1.RunSegmentResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RunSegmentResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RunSegmentResult optimizerStep.
             * @member {number} optimizerStep
             * @memberof moqlab.v1.RunSegmentResult
             * @instance
             */
            RunSegmentResult.prototype.optimizerStep = 0;

            /**
             * RunSegmentResult stepsRun.
             * @member {number} stepsRun
             * @memberof moqlab.v1.RunSegmentResult
             * @instance
             */
            RunSegmentResult.prototype.stepsRun = 0;

            /**
             * RunSegmentResult skippedSteps.
             * @member {number} skippedSteps
             * @memberof moqlab.v1.RunSegmentResult
             * @instance
             */
            RunSegmentResult.prototype.skippedSteps = 0;

            /**
             * RunSegmentResult meanLoss.
             * @member {number} meanLoss
             * @memberof moqlab.v1.RunSegmentResult
             * @instance
             */
            RunSegmentResult.prototype.meanLoss = 0;

            /**
             * RunSegmentResult seconds.
             * @member {number} seconds
             * @memberof moqlab.v1.RunSegmentResult
             * @instance
             */
            RunSegmentResult.prototype.seconds = 0;

            /**
             * RunSegmentResult examples.
             * @member {number} examples
             * @memberof moqlab.v1.RunSegmentResult
             * @instance
             */
            RunSegmentResult.prototype.examples = 0;

            /**
             * RunSegmentResult epoch.
             * @member {number} epoch
             * @memberof moqlab.v1.RunSegmentResult
             * @instance
             */
            RunSegmentResult.prototype.epoch = 0;

            /**
             * RunSegmentResult nonfiniteSteps.
             * @member {number} nonfiniteSteps
             * @memberof moqlab.v1.RunSegmentResult
             * @instance
             */
            RunSegmentResult.prototype.nonfiniteSteps = 0;

            /**
             * Creates a new RunSegmentResult instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.RunSegmentResult
             * @static
             * @param {moqlab.v1.RunSegmentResult.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.RunSegmentResult} RunSegmentResult instance
             * @type {{
             *   (properties: moqlab.v1.RunSegmentResult.$Shape): moqlab.v1.RunSegmentResult & moqlab.v1.RunSegmentResult.$Shape;
             *   (properties?: moqlab.v1.RunSegmentResult.$Properties): moqlab.v1.RunSegmentResult;
             * }}
             */
            RunSegmentResult.create = function(properties) {
                return new RunSegmentResult(properties);
            };

            /**
             * Encodes the specified RunSegmentResult message. Does not implicitly {@link moqlab.v1.RunSegmentResult.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.RunSegmentResult
             * @static
             * @param {moqlab.v1.RunSegmentResult.$Properties} message RunSegmentResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RunSegmentResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.optimizerStep != null && $Object.hasOwnProperty.call(message, "optimizerStep") && message.optimizerStep !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.optimizerStep);
                if (message.stepsRun != null && $Object.hasOwnProperty.call(message, "stepsRun") && message.stepsRun !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.stepsRun);
                if (message.skippedSteps != null && $Object.hasOwnProperty.call(message, "skippedSteps") && message.skippedSteps !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.skippedSteps);
                if (message.meanLoss != null && $Object.hasOwnProperty.call(message, "meanLoss") && !$Object.is(message.meanLoss, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.meanLoss);
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds") && !$Object.is(message.seconds, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.seconds);
                if (message.examples != null && $Object.hasOwnProperty.call(message, "examples") && message.examples !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.examples);
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch") && message.epoch !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.epoch);
                if (message.nonfiniteSteps != null && $Object.hasOwnProperty.call(message, "nonfiniteSteps") && message.nonfiniteSteps !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.nonfiniteSteps);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RunSegmentResult message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.RunSegmentResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.RunSegmentResult & moqlab.v1.RunSegmentResult.$Shape} RunSegmentResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RunSegmentResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.RunSegmentResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.optimizerStep = value;
                            else
                                delete message.optimizerStep;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.stepsRun = value;
                            else
                                delete message.stepsRun;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.skippedSteps = value;
                            else
                                delete message.skippedSteps;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.meanLoss = value;
                            else
                                delete message.meanLoss;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.seconds = value;
                            else
                                delete message.seconds;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.examples = value;
                            else
                                delete message.examples;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.epoch = value;
                            else
                                delete message.epoch;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.nonfiniteSteps = value;
                            else
                                delete message.nonfiniteSteps;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a RunSegmentResult message.
             * @function verify
             * @memberof moqlab.v1.RunSegmentResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RunSegmentResult.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.optimizerStep != null && $Object.hasOwnProperty.call(message, "optimizerStep"))
                    if (!$util.isInteger(message.optimizerStep))
                        return "optimizerStep: integer expected";
                if (message.stepsRun != null && $Object.hasOwnProperty.call(message, "stepsRun"))
                    if (!$util.isInteger(message.stepsRun))
                        return "stepsRun: integer expected";
                if (message.skippedSteps != null && $Object.hasOwnProperty.call(message, "skippedSteps"))
                    if (!$util.isInteger(message.skippedSteps))
                        return "skippedSteps: integer expected";
                if (message.meanLoss != null && $Object.hasOwnProperty.call(message, "meanLoss"))
                    if (typeof message.meanLoss !== "number")
                        return "meanLoss: number expected";
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    if (typeof message.seconds !== "number")
                        return "seconds: number expected";
                if (message.examples != null && $Object.hasOwnProperty.call(message, "examples"))
                    if (!$util.isInteger(message.examples))
                        return "examples: integer expected";
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    if (!$util.isInteger(message.epoch))
                        return "epoch: integer expected";
                if (message.nonfiniteSteps != null && $Object.hasOwnProperty.call(message, "nonfiniteSteps"))
                    if (!$util.isInteger(message.nonfiniteSteps))
                        return "nonfiniteSteps: integer expected";
                return null;
            };

            /**
             * Creates a RunSegmentResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.RunSegmentResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.RunSegmentResult} RunSegmentResult
             */
            RunSegmentResult.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.RunSegmentResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.RunSegmentResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.RunSegmentResult();
                if (object.optimizerStep != null)
                    if ($Number(object.optimizerStep) !== 0)
                        message.optimizerStep = object.optimizerStep >>> 0;
                if (object.stepsRun != null)
                    if ($Number(object.stepsRun) !== 0)
                        message.stepsRun = object.stepsRun >>> 0;
                if (object.skippedSteps != null)
                    if ($Number(object.skippedSteps) !== 0)
                        message.skippedSteps = object.skippedSteps >>> 0;
                if (object.meanLoss != null)
                    if (!$Object.is($Number(object.meanLoss), 0))
                        message.meanLoss = $Number(object.meanLoss);
                if (object.seconds != null)
                    if (!$Object.is($Number(object.seconds), 0))
                        message.seconds = $Number(object.seconds);
                if (object.examples != null)
                    if ($Number(object.examples) !== 0)
                        message.examples = object.examples >>> 0;
                if (object.epoch != null)
                    if ($Number(object.epoch) !== 0)
                        message.epoch = object.epoch >>> 0;
                if (object.nonfiniteSteps != null)
                    if ($Number(object.nonfiniteSteps) !== 0)
                        message.nonfiniteSteps = object.nonfiniteSteps >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a RunSegmentResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.RunSegmentResult
             * @static
             * @param {moqlab.v1.RunSegmentResult} message RunSegmentResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RunSegmentResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.optimizerStep = 0;
                    object.stepsRun = 0;
                    object.skippedSteps = 0;
                    object.meanLoss = 0;
                    object.seconds = 0;
                    object.examples = 0;
                    object.epoch = 0;
                    object.nonfiniteSteps = 0;
                }
                if (message.optimizerStep != null && $Object.hasOwnProperty.call(message, "optimizerStep"))
                    object.optimizerStep = message.optimizerStep;
                if (message.stepsRun != null && $Object.hasOwnProperty.call(message, "stepsRun"))
                    object.stepsRun = message.stepsRun;
                if (message.skippedSteps != null && $Object.hasOwnProperty.call(message, "skippedSteps"))
                    object.skippedSteps = message.skippedSteps;
                if (message.meanLoss != null && $Object.hasOwnProperty.call(message, "meanLoss"))
                    object.meanLoss = options.json && !$isFinite(message.meanLoss) ? $String(message.meanLoss) : message.meanLoss;
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    object.seconds = options.json && !$isFinite(message.seconds) ? $String(message.seconds) : message.seconds;
                if (message.examples != null && $Object.hasOwnProperty.call(message, "examples"))
                    object.examples = message.examples;
                if (message.epoch != null && $Object.hasOwnProperty.call(message, "epoch"))
                    object.epoch = message.epoch;
                if (message.nonfiniteSteps != null && $Object.hasOwnProperty.call(message, "nonfiniteSteps"))
                    object.nonfiniteSteps = message.nonfiniteSteps;
                return object;
            };

            /**
             * Converts this RunSegmentResult to JSON.
             * @function toJSON
             * @memberof moqlab.v1.RunSegmentResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RunSegmentResult.prototype.toJSON = function() {
                return RunSegmentResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RunSegmentResult;
        })();

        v1.Evaluate = (function() {

            /**
             * Properties of an Evaluate.
             * @typedef {Object} moqlab.v1.Evaluate.$Properties
             * @property {number|null} [batchSize] Evaluate batchSize
             * @property {number|null} [maxExamples] Evaluate maxExamples
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Evaluate.
             * @memberof moqlab.v1
             * @interface IEvaluate
             * @augments moqlab.v1.Evaluate.$Properties
             * @deprecated Use moqlab.v1.Evaluate.$Properties instead.
             */

            /**
             * Shape of an Evaluate.
             * @typedef {moqlab.v1.Evaluate.$Properties} moqlab.v1.Evaluate.$Shape
             */

            /**
             * Constructs a new Evaluate.
             * @memberof moqlab.v1
             * @classdesc Represents an Evaluate.
             * @constructor
             * @param {moqlab.v1.Evaluate.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Evaluate = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Evaluate batchSize.
             * @member {number} batchSize
             * @memberof moqlab.v1.Evaluate
             * @instance
             */
            Evaluate.prototype.batchSize = 0;

            /**
             * Evaluate maxExamples.
             * @member {number} maxExamples
             * @memberof moqlab.v1.Evaluate
             * @instance
             */
            Evaluate.prototype.maxExamples = 0;

            /**
             * Creates a new Evaluate instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.Evaluate
             * @static
             * @param {moqlab.v1.Evaluate.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.Evaluate} Evaluate instance
             * @type {{
             *   (properties: moqlab.v1.Evaluate.$Shape): moqlab.v1.Evaluate & moqlab.v1.Evaluate.$Shape;
             *   (properties?: moqlab.v1.Evaluate.$Properties): moqlab.v1.Evaluate;
             * }}
             */
            Evaluate.create = function(properties) {
                return new Evaluate(properties);
            };

            /**
             * Encodes the specified Evaluate message. Does not implicitly {@link moqlab.v1.Evaluate.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.Evaluate
             * @static
             * @param {moqlab.v1.Evaluate.$Properties} message Evaluate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Evaluate.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.batchSize != null && $Object.hasOwnProperty.call(message, "batchSize") && message.batchSize !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.batchSize);
                if (message.maxExamples != null && $Object.hasOwnProperty.call(message, "maxExamples") && message.maxExamples !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.maxExamples);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Evaluate message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.Evaluate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.Evaluate & moqlab.v1.Evaluate.$Shape} Evaluate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Evaluate.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.Evaluate();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.batchSize = value;
                            else
                                delete message.batchSize;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxExamples = value;
                            else
                                delete message.maxExamples;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an Evaluate message.
             * @function verify
             * @memberof moqlab.v1.Evaluate
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Evaluate.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.batchSize != null && $Object.hasOwnProperty.call(message, "batchSize"))
                    if (!$util.isInteger(message.batchSize))
                        return "batchSize: integer expected";
                if (message.maxExamples != null && $Object.hasOwnProperty.call(message, "maxExamples"))
                    if (!$util.isInteger(message.maxExamples))
                        return "maxExamples: integer expected";
                return null;
            };

            /**
             * Creates an Evaluate message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.Evaluate
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.Evaluate} Evaluate
             */
            Evaluate.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.Evaluate)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.Evaluate: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.Evaluate();
                if (object.batchSize != null)
                    if ($Number(object.batchSize) !== 0)
                        message.batchSize = object.batchSize >>> 0;
                if (object.maxExamples != null)
                    if ($Number(object.maxExamples) !== 0)
                        message.maxExamples = object.maxExamples >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an Evaluate message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.Evaluate
             * @static
             * @param {moqlab.v1.Evaluate} message Evaluate
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Evaluate.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.batchSize = 0;
                    object.maxExamples = 0;
                }
                if (message.batchSize != null && $Object.hasOwnProperty.call(message, "batchSize"))
                    object.batchSize = message.batchSize;
                if (message.maxExamples != null && $Object.hasOwnProperty.call(message, "maxExamples"))
                    object.maxExamples = message.maxExamples;
                return object;
            };

            /**
             * Converts this Evaluate to JSON.
             * @function toJSON
             * @memberof moqlab.v1.Evaluate
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Evaluate.prototype.toJSON = function() {
                return Evaluate.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Evaluate;
        })();

        v1.EvaluateResult = (function() {

            /**
             * Properties of an EvaluateResult.
             * @typedef {Object} moqlab.v1.EvaluateResult.$Properties
             * @property {Object.<string,number>|null} [metrics] EvaluateResult metrics
             * @property {number|null} [examples] EvaluateResult examples
             * @property {number|null} [loss] EvaluateResult loss
             * @property {number|null} [seconds] EvaluateResult seconds
             * @property {number|null} [optimizerStep] EvaluateResult optimizerStep
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EvaluateResult.
             * @memberof moqlab.v1
             * @interface IEvaluateResult
             * @augments moqlab.v1.EvaluateResult.$Properties
             * @deprecated Use moqlab.v1.EvaluateResult.$Properties instead.
             */

            /**
             * Shape of an EvaluateResult.
             * @typedef {moqlab.v1.EvaluateResult.$Properties} moqlab.v1.EvaluateResult.$Shape
             */

            /**
             * Constructs a new EvaluateResult.
             * @memberof moqlab.v1
             * @classdesc Represents an EvaluateResult.
             * @constructor
             * @param {moqlab.v1.EvaluateResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EvaluateResult = function (properties) {
                this.metrics = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EvaluateResult metrics.
             * @member {Object.<string,number>} metrics
             * @memberof moqlab.v1.EvaluateResult
             * @instance
             */
            EvaluateResult.prototype.metrics = $util.emptyObject;

            /**
             * EvaluateResult examples.
             * @member {number} examples
             * @memberof moqlab.v1.EvaluateResult
             * @instance
             */
            EvaluateResult.prototype.examples = 0;

            /**
             * EvaluateResult loss.
             * @member {number} loss
             * @memberof moqlab.v1.EvaluateResult
             * @instance
             */
            EvaluateResult.prototype.loss = 0;

            /**
             * EvaluateResult seconds.
             * @member {number} seconds
             * @memberof moqlab.v1.EvaluateResult
             * @instance
             */
            EvaluateResult.prototype.seconds = 0;

            /**
             * EvaluateResult optimizerStep.
             * @member {number} optimizerStep
             * @memberof moqlab.v1.EvaluateResult
             * @instance
             */
            EvaluateResult.prototype.optimizerStep = 0;

            /**
             * Creates a new EvaluateResult instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.EvaluateResult
             * @static
             * @param {moqlab.v1.EvaluateResult.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.EvaluateResult} EvaluateResult instance
             * @type {{
             *   (properties: moqlab.v1.EvaluateResult.$Shape): moqlab.v1.EvaluateResult & moqlab.v1.EvaluateResult.$Shape;
             *   (properties?: moqlab.v1.EvaluateResult.$Properties): moqlab.v1.EvaluateResult;
             * }}
             */
            EvaluateResult.create = function(properties) {
                return new EvaluateResult(properties);
            };

            /**
             * Encodes the specified EvaluateResult message. Does not implicitly {@link moqlab.v1.EvaluateResult.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.EvaluateResult
             * @static
             * @param {moqlab.v1.EvaluateResult.$Properties} message EvaluateResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EvaluateResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.metrics != null && $Object.hasOwnProperty.call(message, "metrics"))
                    for (let keys = $Object.keys(message.metrics), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 1 =*/17).double(message.metrics[keys[i]]).ldelim();
                if (message.examples != null && $Object.hasOwnProperty.call(message, "examples") && message.examples !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.examples);
                if (message.loss != null && $Object.hasOwnProperty.call(message, "loss") && !$Object.is(message.loss, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.loss);
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds") && !$Object.is(message.seconds, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.seconds);
                if (message.optimizerStep != null && $Object.hasOwnProperty.call(message, "optimizerStep") && message.optimizerStep !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.optimizerStep);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an EvaluateResult message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.EvaluateResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.EvaluateResult & moqlab.v1.EvaluateResult.$Shape} EvaluateResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EvaluateResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.EvaluateResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (message.metrics === $util.emptyObject)
                                message.metrics = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = 0;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 1)
                                        break;
                                    value = reader.double();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.metrics, key);
                            message.metrics[key] = value;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.examples = value;
                            else
                                delete message.examples;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.loss = value;
                            else
                                delete message.loss;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.seconds = value;
                            else
                                delete message.seconds;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.optimizerStep = value;
                            else
                                delete message.optimizerStep;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an EvaluateResult message.
             * @function verify
             * @memberof moqlab.v1.EvaluateResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EvaluateResult.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.metrics != null && $Object.hasOwnProperty.call(message, "metrics")) {
                    if (!$util.isObject(message.metrics))
                        return "metrics: object expected";
                    let key = $Object.keys(message.metrics);
                    for (let i = 0; i < key.length; ++i)
                        if (typeof message.metrics[key[i]] !== "number")
                            return "metrics: number{k:string} expected";
                }
                if (message.examples != null && $Object.hasOwnProperty.call(message, "examples"))
                    if (!$util.isInteger(message.examples))
                        return "examples: integer expected";
                if (message.loss != null && $Object.hasOwnProperty.call(message, "loss"))
                    if (typeof message.loss !== "number")
                        return "loss: number expected";
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    if (typeof message.seconds !== "number")
                        return "seconds: number expected";
                if (message.optimizerStep != null && $Object.hasOwnProperty.call(message, "optimizerStep"))
                    if (!$util.isInteger(message.optimizerStep))
                        return "optimizerStep: integer expected";
                return null;
            };

            /**
             * Creates an EvaluateResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.EvaluateResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.EvaluateResult} EvaluateResult
             */
            EvaluateResult.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.EvaluateResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.EvaluateResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.EvaluateResult();
                if (object.metrics) {
                    if (!$util.isObject(object.metrics))
                        throw $TypeError(".moqlab.v1.EvaluateResult.metrics: object expected");
                    message.metrics = {};
                    for (let keys = $Object.keys(object.metrics), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.metrics, keys[i]);
                        message.metrics[keys[i]] = $Number(object.metrics[keys[i]]);
                    }
                }
                if (object.examples != null)
                    if ($Number(object.examples) !== 0)
                        message.examples = object.examples >>> 0;
                if (object.loss != null)
                    if (!$Object.is($Number(object.loss), 0))
                        message.loss = $Number(object.loss);
                if (object.seconds != null)
                    if (!$Object.is($Number(object.seconds), 0))
                        message.seconds = $Number(object.seconds);
                if (object.optimizerStep != null)
                    if ($Number(object.optimizerStep) !== 0)
                        message.optimizerStep = object.optimizerStep >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an EvaluateResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.EvaluateResult
             * @static
             * @param {moqlab.v1.EvaluateResult} message EvaluateResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EvaluateResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.metrics = {};
                if (options.defaults) {
                    object.examples = 0;
                    object.loss = 0;
                    object.seconds = 0;
                    object.optimizerStep = 0;
                }
                let keys2;
                if (message.metrics && (keys2 = $Object.keys(message.metrics)).length) {
                    object.metrics = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.metrics, keys2[j]);
                        object.metrics[keys2[j]] = options.json && !$isFinite(message.metrics[keys2[j]]) ? $String(message.metrics[keys2[j]]) : message.metrics[keys2[j]];
                    }
                }
                if (message.examples != null && $Object.hasOwnProperty.call(message, "examples"))
                    object.examples = message.examples;
                if (message.loss != null && $Object.hasOwnProperty.call(message, "loss"))
                    object.loss = options.json && !$isFinite(message.loss) ? $String(message.loss) : message.loss;
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    object.seconds = options.json && !$isFinite(message.seconds) ? $String(message.seconds) : message.seconds;
                if (message.optimizerStep != null && $Object.hasOwnProperty.call(message, "optimizerStep"))
                    object.optimizerStep = message.optimizerStep;
                return object;
            };

            /**
             * Converts this EvaluateResult to JSON.
             * @function toJSON
             * @memberof moqlab.v1.EvaluateResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EvaluateResult.prototype.toJSON = function() {
                return EvaluateResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            return EvaluateResult;
        })();

        v1.SaveCheckpoint = (function() {

            /**
             * Properties of a SaveCheckpoint.
             * @typedef {Object} moqlab.v1.SaveCheckpoint.$Properties
             * @property {string|null} [path] SaveCheckpoint path
             * @property {string|null} [controllerState] SaveCheckpoint controllerState
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SaveCheckpoint.
             * @memberof moqlab.v1
             * @interface ISaveCheckpoint
             * @augments moqlab.v1.SaveCheckpoint.$Properties
             * @deprecated Use moqlab.v1.SaveCheckpoint.$Properties instead.
             */

            /**
             * Shape of a SaveCheckpoint.
             * @typedef {moqlab.v1.SaveCheckpoint.$Properties} moqlab.v1.SaveCheckpoint.$Shape
             */

            /**
             * Constructs a new SaveCheckpoint.
             * @memberof moqlab.v1
             * @classdesc Represents a SaveCheckpoint.
             * @constructor
             * @param {moqlab.v1.SaveCheckpoint.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SaveCheckpoint = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SaveCheckpoint path.
             * @member {string} path
             * @memberof moqlab.v1.SaveCheckpoint
             * @instance
             */
            SaveCheckpoint.prototype.path = "";

            /**
             * SaveCheckpoint controllerState.
             * @member {string} controllerState
             * @memberof moqlab.v1.SaveCheckpoint
             * @instance
             */
            SaveCheckpoint.prototype.controllerState = "";

            /**
             * Creates a new SaveCheckpoint instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.SaveCheckpoint
             * @static
             * @param {moqlab.v1.SaveCheckpoint.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.SaveCheckpoint} SaveCheckpoint instance
             * @type {{
             *   (properties: moqlab.v1.SaveCheckpoint.$Shape): moqlab.v1.SaveCheckpoint & moqlab.v1.SaveCheckpoint.$Shape;
             *   (properties?: moqlab.v1.SaveCheckpoint.$Properties): moqlab.v1.SaveCheckpoint;
             * }}
             */
            SaveCheckpoint.create = function(properties) {
                return new SaveCheckpoint(properties);
            };

            /**
             * Encodes the specified SaveCheckpoint message. Does not implicitly {@link moqlab.v1.SaveCheckpoint.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.SaveCheckpoint
             * @static
             * @param {moqlab.v1.SaveCheckpoint.$Properties} message SaveCheckpoint message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SaveCheckpoint.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.path);
                if (message.controllerState != null && $Object.hasOwnProperty.call(message, "controllerState") && message.controllerState !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.controllerState);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SaveCheckpoint message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.SaveCheckpoint
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.SaveCheckpoint & moqlab.v1.SaveCheckpoint.$Shape} SaveCheckpoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SaveCheckpoint.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.SaveCheckpoint();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.controllerState = value;
                            else
                                delete message.controllerState;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SaveCheckpoint message.
             * @function verify
             * @memberof moqlab.v1.SaveCheckpoint
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SaveCheckpoint.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    if (!$util.isString(message.path))
                        return "path: string expected";
                if (message.controllerState != null && $Object.hasOwnProperty.call(message, "controllerState"))
                    if (!$util.isString(message.controllerState))
                        return "controllerState: string expected";
                return null;
            };

            /**
             * Creates a SaveCheckpoint message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.SaveCheckpoint
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.SaveCheckpoint} SaveCheckpoint
             */
            SaveCheckpoint.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.SaveCheckpoint)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.SaveCheckpoint: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.SaveCheckpoint();
                if (object.path != null)
                    if (typeof object.path !== "string" || object.path.length)
                        message.path = $String(object.path);
                if (object.controllerState != null)
                    if (typeof object.controllerState !== "string" || object.controllerState.length)
                        message.controllerState = $String(object.controllerState);
                return message;
            };

            /**
             * Creates a plain object from a SaveCheckpoint message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.SaveCheckpoint
             * @static
             * @param {moqlab.v1.SaveCheckpoint} message SaveCheckpoint
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SaveCheckpoint.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.path = "";
                    object.controllerState = "";
                }
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    object.path = message.path;
                if (message.controllerState != null && $Object.hasOwnProperty.call(message, "controllerState"))
                    object.controllerState = message.controllerState;
                return object;
            };

            /**
             * Converts this SaveCheckpoint to JSON.
             * @function toJSON
             * @memberof moqlab.v1.SaveCheckpoint
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SaveCheckpoint.prototype.toJSON = function() {
                return SaveCheckpoint.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SaveCheckpoint;
        })();

        v1.SaveCheckpointResult = (function() {

            /**
             * Properties of a SaveCheckpointResult.
             * @typedef {Object} moqlab.v1.SaveCheckpointResult.$Properties
             * @property {string|null} [path] SaveCheckpointResult path
             * @property {number|null} [bytes] SaveCheckpointResult bytes
             * @property {number|null} [optimizerStep] SaveCheckpointResult optimizerStep
             * @property {string|null} [sha256] SaveCheckpointResult sha256
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SaveCheckpointResult.
             * @memberof moqlab.v1
             * @interface ISaveCheckpointResult
             * @augments moqlab.v1.SaveCheckpointResult.$Properties
             * @deprecated Use moqlab.v1.SaveCheckpointResult.$Properties instead.
             */

            /**
             * Shape of a SaveCheckpointResult.
             * @typedef {moqlab.v1.SaveCheckpointResult.$Properties} moqlab.v1.SaveCheckpointResult.$Shape
             */

            /**
             * Constructs a new SaveCheckpointResult.
             * @memberof moqlab.v1
             * @classdesc Represents a SaveCheckpointResult.
             * @constructor
             * @param {moqlab.v1.SaveCheckpointResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SaveCheckpointResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SaveCheckpointResult path.
             * @member {string} path
             * @memberof moqlab.v1.SaveCheckpointResult
             * @instance
             */
            SaveCheckpointResult.prototype.path = "";

            /**
             * SaveCheckpointResult bytes.
             * @member {number} bytes
             * @memberof moqlab.v1.SaveCheckpointResult
             * @instance
             */
            SaveCheckpointResult.prototype.bytes = 0;

            /**
             * SaveCheckpointResult optimizerStep.
             * @member {number} optimizerStep
             * @memberof moqlab.v1.SaveCheckpointResult
             * @instance
             */
            SaveCheckpointResult.prototype.optimizerStep = 0;

            /**
             * SaveCheckpointResult sha256.
             * @member {string} sha256
             * @memberof moqlab.v1.SaveCheckpointResult
             * @instance
             */
            SaveCheckpointResult.prototype.sha256 = "";

            /**
             * Creates a new SaveCheckpointResult instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.SaveCheckpointResult
             * @static
             * @param {moqlab.v1.SaveCheckpointResult.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.SaveCheckpointResult} SaveCheckpointResult instance
             * @type {{
             *   (properties: moqlab.v1.SaveCheckpointResult.$Shape): moqlab.v1.SaveCheckpointResult & moqlab.v1.SaveCheckpointResult.$Shape;
             *   (properties?: moqlab.v1.SaveCheckpointResult.$Properties): moqlab.v1.SaveCheckpointResult;
             * }}
             */
            SaveCheckpointResult.create = function(properties) {
                return new SaveCheckpointResult(properties);
            };

            /**
             * Encodes the specified SaveCheckpointResult message. Does not implicitly {@link moqlab.v1.SaveCheckpointResult.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.SaveCheckpointResult
             * @static
             * @param {moqlab.v1.SaveCheckpointResult.$Properties} message SaveCheckpointResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SaveCheckpointResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.path);
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && !$Object.is(message.bytes, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.bytes);
                if (message.optimizerStep != null && $Object.hasOwnProperty.call(message, "optimizerStep") && message.optimizerStep !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.optimizerStep);
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256") && message.sha256 !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.sha256);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SaveCheckpointResult message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.SaveCheckpointResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.SaveCheckpointResult & moqlab.v1.SaveCheckpointResult.$Shape} SaveCheckpointResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SaveCheckpointResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.SaveCheckpointResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.bytes = value;
                            else
                                delete message.bytes;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.optimizerStep = value;
                            else
                                delete message.optimizerStep;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sha256 = value;
                            else
                                delete message.sha256;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SaveCheckpointResult message.
             * @function verify
             * @memberof moqlab.v1.SaveCheckpointResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SaveCheckpointResult.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    if (!$util.isString(message.path))
                        return "path: string expected";
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (typeof message.bytes !== "number")
                        return "bytes: number expected";
                if (message.optimizerStep != null && $Object.hasOwnProperty.call(message, "optimizerStep"))
                    if (!$util.isInteger(message.optimizerStep))
                        return "optimizerStep: integer expected";
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                    if (!$util.isString(message.sha256))
                        return "sha256: string expected";
                return null;
            };

            /**
             * Creates a SaveCheckpointResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.SaveCheckpointResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.SaveCheckpointResult} SaveCheckpointResult
             */
            SaveCheckpointResult.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.SaveCheckpointResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.SaveCheckpointResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.SaveCheckpointResult();
                if (object.path != null)
                    if (typeof object.path !== "string" || object.path.length)
                        message.path = $String(object.path);
                if (object.bytes != null)
                    if (!$Object.is($Number(object.bytes), 0))
                        message.bytes = $Number(object.bytes);
                if (object.optimizerStep != null)
                    if ($Number(object.optimizerStep) !== 0)
                        message.optimizerStep = object.optimizerStep >>> 0;
                if (object.sha256 != null)
                    if (typeof object.sha256 !== "string" || object.sha256.length)
                        message.sha256 = $String(object.sha256);
                return message;
            };

            /**
             * Creates a plain object from a SaveCheckpointResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.SaveCheckpointResult
             * @static
             * @param {moqlab.v1.SaveCheckpointResult} message SaveCheckpointResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SaveCheckpointResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.path = "";
                    object.bytes = 0;
                    object.optimizerStep = 0;
                    object.sha256 = "";
                }
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    object.path = message.path;
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    object.bytes = options.json && !$isFinite(message.bytes) ? $String(message.bytes) : message.bytes;
                if (message.optimizerStep != null && $Object.hasOwnProperty.call(message, "optimizerStep"))
                    object.optimizerStep = message.optimizerStep;
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                    object.sha256 = message.sha256;
                return object;
            };

            /**
             * Converts this SaveCheckpointResult to JSON.
             * @function toJSON
             * @memberof moqlab.v1.SaveCheckpointResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SaveCheckpointResult.prototype.toJSON = function() {
                return SaveCheckpointResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SaveCheckpointResult;
        })();

        v1.LoadCheckpoint = (function() {

            /**
             * Properties of a LoadCheckpoint.
             * @typedef {Object} moqlab.v1.LoadCheckpoint.$Properties
             * @property {string|null} [path] LoadCheckpoint path
             * @property {string|null} [sha256] LoadCheckpoint sha256
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LoadCheckpoint.
             * @memberof moqlab.v1
             * @interface ILoadCheckpoint
             * @augments moqlab.v1.LoadCheckpoint.$Properties
             * @deprecated Use moqlab.v1.LoadCheckpoint.$Properties instead.
             */

            /**
             * Shape of a LoadCheckpoint.
             * @typedef {moqlab.v1.LoadCheckpoint.$Properties} moqlab.v1.LoadCheckpoint.$Shape
             */

            /**
             * Constructs a new LoadCheckpoint.
             * @memberof moqlab.v1
             * @classdesc Represents a LoadCheckpoint.
             * @constructor
             * @param {moqlab.v1.LoadCheckpoint.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LoadCheckpoint = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LoadCheckpoint path.
             * @member {string} path
             * @memberof moqlab.v1.LoadCheckpoint
             * @instance
             */
            LoadCheckpoint.prototype.path = "";

            /**
             * LoadCheckpoint sha256.
             * @member {string} sha256
             * @memberof moqlab.v1.LoadCheckpoint
             * @instance
             */
            LoadCheckpoint.prototype.sha256 = "";

            /**
             * Creates a new LoadCheckpoint instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.LoadCheckpoint
             * @static
             * @param {moqlab.v1.LoadCheckpoint.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.LoadCheckpoint} LoadCheckpoint instance
             * @type {{
             *   (properties: moqlab.v1.LoadCheckpoint.$Shape): moqlab.v1.LoadCheckpoint & moqlab.v1.LoadCheckpoint.$Shape;
             *   (properties?: moqlab.v1.LoadCheckpoint.$Properties): moqlab.v1.LoadCheckpoint;
             * }}
             */
            LoadCheckpoint.create = function(properties) {
                return new LoadCheckpoint(properties);
            };

            /**
             * Encodes the specified LoadCheckpoint message. Does not implicitly {@link moqlab.v1.LoadCheckpoint.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.LoadCheckpoint
             * @static
             * @param {moqlab.v1.LoadCheckpoint.$Properties} message LoadCheckpoint message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoadCheckpoint.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.path);
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256") && message.sha256 !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.sha256);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LoadCheckpoint message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.LoadCheckpoint
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.LoadCheckpoint & moqlab.v1.LoadCheckpoint.$Shape} LoadCheckpoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoadCheckpoint.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.LoadCheckpoint();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sha256 = value;
                            else
                                delete message.sha256;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a LoadCheckpoint message.
             * @function verify
             * @memberof moqlab.v1.LoadCheckpoint
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LoadCheckpoint.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    if (!$util.isString(message.path))
                        return "path: string expected";
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                    if (!$util.isString(message.sha256))
                        return "sha256: string expected";
                return null;
            };

            /**
             * Creates a LoadCheckpoint message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.LoadCheckpoint
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.LoadCheckpoint} LoadCheckpoint
             */
            LoadCheckpoint.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.LoadCheckpoint)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.LoadCheckpoint: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.LoadCheckpoint();
                if (object.path != null)
                    if (typeof object.path !== "string" || object.path.length)
                        message.path = $String(object.path);
                if (object.sha256 != null)
                    if (typeof object.sha256 !== "string" || object.sha256.length)
                        message.sha256 = $String(object.sha256);
                return message;
            };

            /**
             * Creates a plain object from a LoadCheckpoint message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.LoadCheckpoint
             * @static
             * @param {moqlab.v1.LoadCheckpoint} message LoadCheckpoint
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LoadCheckpoint.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.path = "";
                    object.sha256 = "";
                }
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    object.path = message.path;
                if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                    object.sha256 = message.sha256;
                return object;
            };

            /**
             * Converts this LoadCheckpoint to JSON.
             * @function toJSON
             * @memberof moqlab.v1.LoadCheckpoint
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LoadCheckpoint.prototype.toJSON = function() {
                return LoadCheckpoint.toObject(this, $protobuf.util.toJSONOptions);
            };

            return LoadCheckpoint;
        })();

        v1.LoadCheckpointResult = (function() {

            /**
             * Properties of a LoadCheckpointResult.
             * @typedef {Object} moqlab.v1.LoadCheckpointResult.$Properties
             * @property {number|null} [optimizerStep] LoadCheckpointResult optimizerStep
             * @property {string|null} [controllerState] LoadCheckpointResult controllerState
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LoadCheckpointResult.
             * @memberof moqlab.v1
             * @interface ILoadCheckpointResult
             * @augments moqlab.v1.LoadCheckpointResult.$Properties
             * @deprecated Use moqlab.v1.LoadCheckpointResult.$Properties instead.
             */

            /**
             * Shape of a LoadCheckpointResult.
             * @typedef {moqlab.v1.LoadCheckpointResult.$Properties} moqlab.v1.LoadCheckpointResult.$Shape
             */

            /**
             * Constructs a new LoadCheckpointResult.
             * @memberof moqlab.v1
             * @classdesc Represents a LoadCheckpointResult.
             * @constructor
             * @param {moqlab.v1.LoadCheckpointResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LoadCheckpointResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LoadCheckpointResult optimizerStep.
             * @member {number} optimizerStep
             * @memberof moqlab.v1.LoadCheckpointResult
             * @instance
             */
            LoadCheckpointResult.prototype.optimizerStep = 0;

            /**
             * LoadCheckpointResult controllerState.
             * @member {string} controllerState
             * @memberof moqlab.v1.LoadCheckpointResult
             * @instance
             */
            LoadCheckpointResult.prototype.controllerState = "";

            /**
             * Creates a new LoadCheckpointResult instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.LoadCheckpointResult
             * @static
             * @param {moqlab.v1.LoadCheckpointResult.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.LoadCheckpointResult} LoadCheckpointResult instance
             * @type {{
             *   (properties: moqlab.v1.LoadCheckpointResult.$Shape): moqlab.v1.LoadCheckpointResult & moqlab.v1.LoadCheckpointResult.$Shape;
             *   (properties?: moqlab.v1.LoadCheckpointResult.$Properties): moqlab.v1.LoadCheckpointResult;
             * }}
             */
            LoadCheckpointResult.create = function(properties) {
                return new LoadCheckpointResult(properties);
            };

            /**
             * Encodes the specified LoadCheckpointResult message. Does not implicitly {@link moqlab.v1.LoadCheckpointResult.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.LoadCheckpointResult
             * @static
             * @param {moqlab.v1.LoadCheckpointResult.$Properties} message LoadCheckpointResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LoadCheckpointResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.optimizerStep != null && $Object.hasOwnProperty.call(message, "optimizerStep") && message.optimizerStep !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.optimizerStep);
                if (message.controllerState != null && $Object.hasOwnProperty.call(message, "controllerState") && message.controllerState !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.controllerState);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LoadCheckpointResult message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.LoadCheckpointResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.LoadCheckpointResult & moqlab.v1.LoadCheckpointResult.$Shape} LoadCheckpointResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LoadCheckpointResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.LoadCheckpointResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.optimizerStep = value;
                            else
                                delete message.optimizerStep;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.controllerState = value;
                            else
                                delete message.controllerState;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a LoadCheckpointResult message.
             * @function verify
             * @memberof moqlab.v1.LoadCheckpointResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LoadCheckpointResult.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.optimizerStep != null && $Object.hasOwnProperty.call(message, "optimizerStep"))
                    if (!$util.isInteger(message.optimizerStep))
                        return "optimizerStep: integer expected";
                if (message.controllerState != null && $Object.hasOwnProperty.call(message, "controllerState"))
                    if (!$util.isString(message.controllerState))
                        return "controllerState: string expected";
                return null;
            };

            /**
             * Creates a LoadCheckpointResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.LoadCheckpointResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.LoadCheckpointResult} LoadCheckpointResult
             */
            LoadCheckpointResult.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.LoadCheckpointResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.LoadCheckpointResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.LoadCheckpointResult();
                if (object.optimizerStep != null)
                    if ($Number(object.optimizerStep) !== 0)
                        message.optimizerStep = object.optimizerStep >>> 0;
                if (object.controllerState != null)
                    if (typeof object.controllerState !== "string" || object.controllerState.length)
                        message.controllerState = $String(object.controllerState);
                return message;
            };

            /**
             * Creates a plain object from a LoadCheckpointResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.LoadCheckpointResult
             * @static
             * @param {moqlab.v1.LoadCheckpointResult} message LoadCheckpointResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LoadCheckpointResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.optimizerStep = 0;
                    object.controllerState = "";
                }
                if (message.optimizerStep != null && $Object.hasOwnProperty.call(message, "optimizerStep"))
                    object.optimizerStep = message.optimizerStep;
                if (message.controllerState != null && $Object.hasOwnProperty.call(message, "controllerState"))
                    object.controllerState = message.controllerState;
                return object;
            };

            /**
             * Converts this LoadCheckpointResult to JSON.
             * @function toJSON
             * @memberof moqlab.v1.LoadCheckpointResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LoadCheckpointResult.prototype.toJSON = function() {
                return LoadCheckpointResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            return LoadCheckpointResult;
        })();

        v1.ResolveBlocks = (function() {

            /**
             * Properties of a ResolveBlocks.
             * @typedef {Object} moqlab.v1.ResolveBlocks.$Properties
             * @property {string|null} [layerName] ResolveBlocks layerName
             * @property {number|null} [layerNum] ResolveBlocks layerNum
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResolveBlocks.
             * @memberof moqlab.v1
             * @interface IResolveBlocks
             * @augments moqlab.v1.ResolveBlocks.$Properties
             * @deprecated Use moqlab.v1.ResolveBlocks.$Properties instead.
             */

            /**
             * Shape of a ResolveBlocks.
             * @typedef {moqlab.v1.ResolveBlocks.$Properties} moqlab.v1.ResolveBlocks.$Shape
             */

            /**
             * Constructs a new ResolveBlocks.
             * @memberof moqlab.v1
             * @classdesc Represents a ResolveBlocks.
             * @constructor
             * @param {moqlab.v1.ResolveBlocks.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ResolveBlocks = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResolveBlocks layerName.
             * @member {string} layerName
             * @memberof moqlab.v1.ResolveBlocks
             * @instance
             */
            ResolveBlocks.prototype.layerName = "";

            /**
             * ResolveBlocks layerNum.
             * @member {number} layerNum
             * @memberof moqlab.v1.ResolveBlocks
             * @instance
             */
            ResolveBlocks.prototype.layerNum = 0;

            /**
             * Creates a new ResolveBlocks instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.ResolveBlocks
             * @static
             * @param {moqlab.v1.ResolveBlocks.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.ResolveBlocks} ResolveBlocks instance
             * @type {{
             *   (properties: moqlab.v1.ResolveBlocks.$Shape): moqlab.v1.ResolveBlocks & moqlab.v1.ResolveBlocks.$Shape;
             *   (properties?: moqlab.v1.ResolveBlocks.$Properties): moqlab.v1.ResolveBlocks;
             * }}
             */
            ResolveBlocks.create = function(properties) {
                return new ResolveBlocks(properties);
            };

            /**
             * Encodes the specified ResolveBlocks message. Does not implicitly {@link moqlab.v1.ResolveBlocks.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.ResolveBlocks
             * @static
             * @param {moqlab.v1.ResolveBlocks.$Properties} message ResolveBlocks message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResolveBlocks.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.layerName != null && $Object.hasOwnProperty.call(message, "layerName") && message.layerName !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.layerName);
                if (message.layerNum != null && $Object.hasOwnProperty.call(message, "layerNum") && message.layerNum !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.layerNum);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ResolveBlocks message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.ResolveBlocks
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.ResolveBlocks & moqlab.v1.ResolveBlocks.$Shape} ResolveBlocks
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResolveBlocks.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.ResolveBlocks();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.layerName = value;
                            else
                                delete message.layerName;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.layerNum = value;
                            else
                                delete message.layerNum;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ResolveBlocks message.
             * @function verify
             * @memberof moqlab.v1.ResolveBlocks
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ResolveBlocks.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.layerName != null && $Object.hasOwnProperty.call(message, "layerName"))
                    if (!$util.isString(message.layerName))
                        return "layerName: string expected";
                if (message.layerNum != null && $Object.hasOwnProperty.call(message, "layerNum"))
                    if (!$util.isInteger(message.layerNum))
                        return "layerNum: integer expected";
                return null;
            };

            /**
             * Creates a ResolveBlocks message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.ResolveBlocks
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.ResolveBlocks} ResolveBlocks
             */
            ResolveBlocks.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.ResolveBlocks)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.ResolveBlocks: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.ResolveBlocks();
                if (object.layerName != null)
                    if (typeof object.layerName !== "string" || object.layerName.length)
                        message.layerName = $String(object.layerName);
                if (object.layerNum != null)
                    if ($Number(object.layerNum) !== 0)
                        message.layerNum = object.layerNum >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a ResolveBlocks message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.ResolveBlocks
             * @static
             * @param {moqlab.v1.ResolveBlocks} message ResolveBlocks
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ResolveBlocks.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.layerName = "";
                    object.layerNum = 0;
                }
                if (message.layerName != null && $Object.hasOwnProperty.call(message, "layerName"))
                    object.layerName = message.layerName;
                if (message.layerNum != null && $Object.hasOwnProperty.call(message, "layerNum"))
                    object.layerNum = message.layerNum;
                return object;
            };

            /**
             * Converts this ResolveBlocks to JSON.
             * @function toJSON
             * @memberof moqlab.v1.ResolveBlocks
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ResolveBlocks.prototype.toJSON = function() {
                return ResolveBlocks.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ResolveBlocks;
        })();

        v1.Block = (function() {

            /**
             * Properties of a Block.
             * @typedef {Object} moqlab.v1.Block.$Properties
             * @property {number|null} [index] Block index
             * @property {string|null} [name] Block name
             * @property {Array.<string>|null} [parameters] Block parameters
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Block.
             * @memberof moqlab.v1
             * @interface IBlock
             * @augments moqlab.v1.Block.$Properties
             * @deprecated Use moqlab.v1.Block.$Properties instead.
             */

            /**
             * Shape of a Block.
             * @typedef {moqlab.v1.Block.$Properties} moqlab.v1.Block.$Shape
             */

            /**
             * Constructs a new Block.
             * @memberof moqlab.v1
             * @classdesc Represents a Block.
             * @constructor
             * @param {moqlab.v1.Block.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Block = function (properties) {
                this.parameters = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Block index.
             * @member {number} index
             * @memberof moqlab.v1.Block
             * @instance
             */
            Block.prototype.index = 0;

            /**
             * Block name.
             * @member {string} name
             * @memberof moqlab.v1.Block
             * @instance
             */
            Block.prototype.name = "";

            /**
             * Block parameters.
             * @member {Array.<string>} parameters
             * @memberof moqlab.v1.Block
             * @instance
             */
            Block.prototype.parameters = $util.emptyArray;

            /**
             * Creates a new Block instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.Block
             * @static
             * @param {moqlab.v1.Block.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.Block} Block instance
             * @type {{
             *   (properties: moqlab.v1.Block.$Shape): moqlab.v1.Block & moqlab.v1.Block.$Shape;
             *   (properties?: moqlab.v1.Block.$Properties): moqlab.v1.Block;
             * }}
             */
            Block.create = function(properties) {
                return new Block(properties);
            };

            /**
             * Encodes the specified Block message. Does not implicitly {@link moqlab.v1.Block.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.Block
             * @static
             * @param {moqlab.v1.Block.$Properties} message Block message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Block.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.index);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.parameters != null && message.parameters.length)
                    for (let i = 0; i < message.parameters.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.parameters[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Block message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.Block
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.Block & moqlab.v1.Block.$Shape} Block
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Block.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.Block();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.parameters && message.parameters.length))
                                message.parameters = [];
                            message.parameters.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Block message.
             * @function verify
             * @memberof moqlab.v1.Block
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Block.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    if (!$util.isInteger(message.index))
                        return "index: integer expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.parameters != null && $Object.hasOwnProperty.call(message, "parameters")) {
                    if (!$Array.isArray(message.parameters))
                        return "parameters: array expected";
                    for (let i = 0; i < message.parameters.length; ++i)
                        if (!$util.isString(message.parameters[i]))
                            return "parameters: string[] expected";
                }
                return null;
            };

            /**
             * Creates a Block message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.Block
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.Block} Block
             */
            Block.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.Block)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.Block: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.Block();
                if (object.index != null)
                    if ($Number(object.index) !== 0)
                        message.index = object.index >>> 0;
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.parameters) {
                    if (!$Array.isArray(object.parameters))
                        throw $TypeError(".moqlab.v1.Block.parameters: array expected");
                    message.parameters = $Array(object.parameters.length);
                    for (let i = 0; i < object.parameters.length; ++i)
                        message.parameters[i] = $String(object.parameters[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a Block message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.Block
             * @static
             * @param {moqlab.v1.Block} message Block
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Block.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.parameters = [];
                if (options.defaults) {
                    object.index = 0;
                    object.name = "";
                }
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    object.index = message.index;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.parameters && message.parameters.length) {
                    object.parameters = $Array(message.parameters.length);
                    for (let j = 0; j < message.parameters.length; ++j)
                        object.parameters[j] = message.parameters[j];
                }
                return object;
            };

            /**
             * Converts this Block to JSON.
             * @function toJSON
             * @memberof moqlab.v1.Block
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Block.prototype.toJSON = function() {
                return Block.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Block;
        })();

        v1.ResolveBlocksResult = (function() {

            /**
             * Properties of a ResolveBlocksResult.
             * @typedef {Object} moqlab.v1.ResolveBlocksResult.$Properties
             * @property {Array.<moqlab.v1.Block.$Properties>|null} [blocks] ResolveBlocksResult blocks
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ResolveBlocksResult.
             * @memberof moqlab.v1
             * @interface IResolveBlocksResult
             * @augments moqlab.v1.ResolveBlocksResult.$Properties
             * @deprecated Use moqlab.v1.ResolveBlocksResult.$Properties instead.
             */

            /**
             * Shape of a ResolveBlocksResult.
             * @typedef {moqlab.v1.ResolveBlocksResult.$Properties} moqlab.v1.ResolveBlocksResult.$Shape
             */

            /**
             * Constructs a new ResolveBlocksResult.
             * @memberof moqlab.v1
             * @classdesc Represents a ResolveBlocksResult.
             * @constructor
             * @param {moqlab.v1.ResolveBlocksResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ResolveBlocksResult = function (properties) {
                this.blocks = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ResolveBlocksResult blocks.
             * @member {Array.<moqlab.v1.Block.$Properties>} blocks
             * @memberof moqlab.v1.ResolveBlocksResult
             * @instance
             */
            ResolveBlocksResult.prototype.blocks = $util.emptyArray;

            /**
             * Creates a new ResolveBlocksResult instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.ResolveBlocksResult
             * @static
             * @param {moqlab.v1.ResolveBlocksResult.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.ResolveBlocksResult} ResolveBlocksResult instance
             * @type {{
             *   (properties: moqlab.v1.ResolveBlocksResult.$Shape): moqlab.v1.ResolveBlocksResult & moqlab.v1.ResolveBlocksResult.$Shape;
             *   (properties?: moqlab.v1.ResolveBlocksResult.$Properties): moqlab.v1.ResolveBlocksResult;
             * }}
             */
            ResolveBlocksResult.create = function(properties) {
                return new ResolveBlocksResult(properties);
            };

            /**
             * Encodes the specified ResolveBlocksResult message. Does not implicitly {@link moqlab.v1.ResolveBlocksResult.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.ResolveBlocksResult
             * @static
             * @param {moqlab.v1.ResolveBlocksResult.$Properties} message ResolveBlocksResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ResolveBlocksResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.blocks != null && message.blocks.length)
                    for (let i = 0; i < message.blocks.length; ++i)
                        $root.moqlab.v1.Block.encode(message.blocks[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ResolveBlocksResult message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.ResolveBlocksResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.ResolveBlocksResult & moqlab.v1.ResolveBlocksResult.$Shape} ResolveBlocksResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ResolveBlocksResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.ResolveBlocksResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.blocks && message.blocks.length))
                                message.blocks = [];
                            message.blocks.push($root.moqlab.v1.Block.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ResolveBlocksResult message.
             * @function verify
             * @memberof moqlab.v1.ResolveBlocksResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ResolveBlocksResult.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.blocks != null && $Object.hasOwnProperty.call(message, "blocks")) {
                    if (!$Array.isArray(message.blocks))
                        return "blocks: array expected";
                    for (let i = 0; i < message.blocks.length; ++i) {
                        let error = $root.moqlab.v1.Block.verify(message.blocks[i], _depth + 1);
                        if (error)
                            return "blocks." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ResolveBlocksResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.ResolveBlocksResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.ResolveBlocksResult} ResolveBlocksResult
             */
            ResolveBlocksResult.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.ResolveBlocksResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.ResolveBlocksResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.ResolveBlocksResult();
                if (object.blocks) {
                    if (!$Array.isArray(object.blocks))
                        throw $TypeError(".moqlab.v1.ResolveBlocksResult.blocks: array expected");
                    message.blocks = $Array(object.blocks.length);
                    for (let i = 0; i < object.blocks.length; ++i) {
                        if (!$util.isObject(object.blocks[i]))
                            throw $TypeError(".moqlab.v1.ResolveBlocksResult.blocks: object expected");
                        message.blocks[i] = $root.moqlab.v1.Block.fromObject(object.blocks[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ResolveBlocksResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.ResolveBlocksResult
             * @static
             * @param {moqlab.v1.ResolveBlocksResult} message ResolveBlocksResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ResolveBlocksResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.blocks = [];
                if (message.blocks && message.blocks.length) {
                    object.blocks = $Array(message.blocks.length);
                    for (let j = 0; j < message.blocks.length; ++j)
                        object.blocks[j] = $root.moqlab.v1.Block.toObject(message.blocks[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this ResolveBlocksResult to JSON.
             * @function toJSON
             * @memberof moqlab.v1.ResolveBlocksResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ResolveBlocksResult.prototype.toJSON = function() {
                return ResolveBlocksResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ResolveBlocksResult;
        })();

        v1.ComputeEigenvalues = (function() {

            /**
             * Properties of a ComputeEigenvalues.
             * @typedef {Object} moqlab.v1.ComputeEigenvalues.$Properties
             * @property {string|null} [layerName] ComputeEigenvalues layerName
             * @property {number|null} [layerNum] ComputeEigenvalues layerNum
             * @property {number|null} [maxIter] ComputeEigenvalues maxIter
             * @property {number|null} [tol] ComputeEigenvalues tol
             * @property {number|null} [stability] ComputeEigenvalues stability
             * @property {number|null} [seed] ComputeEigenvalues seed
             * @property {number|null} [counter] ComputeEigenvalues counter
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ComputeEigenvalues.
             * @memberof moqlab.v1
             * @interface IComputeEigenvalues
             * @augments moqlab.v1.ComputeEigenvalues.$Properties
             * @deprecated Use moqlab.v1.ComputeEigenvalues.$Properties instead.
             */

            /**
             * Shape of a ComputeEigenvalues.
             * @typedef {moqlab.v1.ComputeEigenvalues.$Properties} moqlab.v1.ComputeEigenvalues.$Shape
             */

            /**
             * Constructs a new ComputeEigenvalues.
             * @memberof moqlab.v1
             * @classdesc Represents a ComputeEigenvalues.
             * @constructor
             * @param {moqlab.v1.ComputeEigenvalues.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ComputeEigenvalues = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ComputeEigenvalues layerName.
             * @member {string} layerName
             * @memberof moqlab.v1.ComputeEigenvalues
             * @instance
             */
            ComputeEigenvalues.prototype.layerName = "";

            /**
             * ComputeEigenvalues layerNum.
             * @member {number} layerNum
             * @memberof moqlab.v1.ComputeEigenvalues
             * @instance
             */
            ComputeEigenvalues.prototype.layerNum = 0;

            /**
             * ComputeEigenvalues maxIter.
             * @member {number} maxIter
             * @memberof moqlab.v1.ComputeEigenvalues
             * @instance
             */
            ComputeEigenvalues.prototype.maxIter = 0;

            /**
             * ComputeEigenvalues tol.
             * @member {number} tol
             * @memberof moqlab.v1.ComputeEigenvalues
             * @instance
             */
            ComputeEigenvalues.prototype.tol = 0;

            /**
             * ComputeEigenvalues stability.
             * @member {number} stability
             * @memberof moqlab.v1.ComputeEigenvalues
             * @instance
             */
            ComputeEigenvalues.prototype.stability = 0;

            /**
             * ComputeEigenvalues seed.
             * @member {number} seed
             * @memberof moqlab.v1.ComputeEigenvalues
             * @instance
             */
            ComputeEigenvalues.prototype.seed = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ComputeEigenvalues counter.
             * @member {number} counter
             * @memberof moqlab.v1.ComputeEigenvalues
             * @instance
             */
            ComputeEigenvalues.prototype.counter = 0;

            /**
             * Creates a new ComputeEigenvalues instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.ComputeEigenvalues
             * @static
             * @param {moqlab.v1.ComputeEigenvalues.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.ComputeEigenvalues} ComputeEigenvalues instance
             * @type {{
             *   (properties: moqlab.v1.ComputeEigenvalues.$Shape): moqlab.v1.ComputeEigenvalues & moqlab.v1.ComputeEigenvalues.$Shape;
             *   (properties?: moqlab.v1.ComputeEigenvalues.$Properties): moqlab.v1.ComputeEigenvalues;
             * }}
             */
            ComputeEigenvalues.create = function(properties) {
                return new ComputeEigenvalues(properties);
            };

            /**
             * Encodes the specified ComputeEigenvalues message. Does not implicitly {@link moqlab.v1.ComputeEigenvalues.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.ComputeEigenvalues
             * @static
             * @param {moqlab.v1.ComputeEigenvalues.$Properties} message ComputeEigenvalues message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ComputeEigenvalues.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.layerName != null && $Object.hasOwnProperty.call(message, "layerName") && message.layerName !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.layerName);
                if (message.layerNum != null && $Object.hasOwnProperty.call(message, "layerNum") && message.layerNum !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.layerNum);
                if (message.maxIter != null && $Object.hasOwnProperty.call(message, "maxIter") && message.maxIter !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.maxIter);
                if (message.tol != null && $Object.hasOwnProperty.call(message, "tol") && !$Object.is(message.tol, 0))
                    writer.uint32(/* id 4, wireType 1 =*/33).double(message.tol);
                if (message.stability != null && $Object.hasOwnProperty.call(message, "stability") && !$Object.is(message.stability, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.stability);
                if (message.seed != null && $Object.hasOwnProperty.call(message, "seed") && (typeof message.seed === "object" ? message.seed.low || message.seed.high : message.seed !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.seed);
                if (message.counter != null && $Object.hasOwnProperty.call(message, "counter") && message.counter !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.counter);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ComputeEigenvalues message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.ComputeEigenvalues
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.ComputeEigenvalues & moqlab.v1.ComputeEigenvalues.$Shape} ComputeEigenvalues
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ComputeEigenvalues.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.ComputeEigenvalues();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.layerName = value;
                            else
                                delete message.layerName;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.layerNum = value;
                            else
                                delete message.layerNum;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxIter = value;
                            else
                                delete message.maxIter;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.tol = value;
                            else
                                delete message.tol;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.stability = value;
                            else
                                delete message.stability;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seed = value;
                            else
                                delete message.seed;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.counter = value;
                            else
                                delete message.counter;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ComputeEigenvalues message.
             * @function verify
             * @memberof moqlab.v1.ComputeEigenvalues
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ComputeEigenvalues.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.layerName != null && $Object.hasOwnProperty.call(message, "layerName"))
                    if (!$util.isString(message.layerName))
                        return "layerName: string expected";
                if (message.layerNum != null && $Object.hasOwnProperty.call(message, "layerNum"))
                    if (!$util.isInteger(message.layerNum))
                        return "layerNum: integer expected";
                if (message.maxIter != null && $Object.hasOwnProperty.call(message, "maxIter"))
                    if (!$util.isInteger(message.maxIter))
                        return "maxIter: integer expected";
                if (message.tol != null && $Object.hasOwnProperty.call(message, "tol"))
                    if (typeof message.tol !== "number")
                        return "tol: number expected";
                if (message.stability != null && $Object.hasOwnProperty.call(message, "stability"))
                    if (typeof message.stability !== "number")
                        return "stability: number expected";
                if (message.seed != null && $Object.hasOwnProperty.call(message, "seed"))
                    if (!$util.isInteger(message.seed) && !(message.seed && $util.isInteger(message.seed.low) && $util.isInteger(message.seed.high)))
                        return "seed: integer|Long expected";
                if (message.counter != null && $Object.hasOwnProperty.call(message, "counter"))
                    if (!$util.isInteger(message.counter))
                        return "counter: integer expected";
                return null;
            };

            /**
             * Creates a ComputeEigenvalues message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.ComputeEigenvalues
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.ComputeEigenvalues} ComputeEigenvalues
             */
            ComputeEigenvalues.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.ComputeEigenvalues)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.ComputeEigenvalues: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.ComputeEigenvalues();
                if (object.layerName != null)
                    if (typeof object.layerName !== "string" || object.layerName.length)
                        message.layerName = $String(object.layerName);
                if (object.layerNum != null)
                    if ($Number(object.layerNum) !== 0)
                        message.layerNum = object.layerNum >>> 0;
                if (object.maxIter != null)
                    if ($Number(object.maxIter) !== 0)
                        message.maxIter = object.maxIter >>> 0;
                if (object.tol != null)
                    if (!$Object.is($Number(object.tol), 0))
                        message.tol = $Number(object.tol);
                if (object.stability != null)
                    if (!$Object.is($Number(object.stability), 0))
                        message.stability = $Number(object.stability);
                if (object.seed != null)
                    if (typeof object.seed === "object" ? object.seed.low || object.seed.high : $Number(object.seed) !== 0)
                        if ($util.Long)
                            message.seed = $util.Long.fromValue(object.seed, true);
                        else if (typeof object.seed === "string")
                            message.seed = $parseInt(object.seed, 10);
                        else if (typeof object.seed === "number")
                            message.seed = object.seed;
                        else if (typeof object.seed === "object")
                            message.seed = new $util.LongBits(object.seed.low >>> 0, object.seed.high >>> 0).toNumber(true);
                if (object.counter != null)
                    if ($Number(object.counter) !== 0)
                        message.counter = object.counter >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a ComputeEigenvalues message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.ComputeEigenvalues
             * @static
             * @param {moqlab.v1.ComputeEigenvalues} message ComputeEigenvalues
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ComputeEigenvalues.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.layerName = "";
                    object.layerNum = 0;
                    object.maxIter = 0;
                    object.tol = 0;
                    object.stability = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seed = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seed = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.counter = 0;
                }
                if (message.layerName != null && $Object.hasOwnProperty.call(message, "layerName"))
                    object.layerName = message.layerName;
                if (message.layerNum != null && $Object.hasOwnProperty.call(message, "layerNum"))
                    object.layerNum = message.layerNum;
                if (message.maxIter != null && $Object.hasOwnProperty.call(message, "maxIter"))
                    object.maxIter = message.maxIter;
                if (message.tol != null && $Object.hasOwnProperty.call(message, "tol"))
                    object.tol = options.json && !$isFinite(message.tol) ? $String(message.tol) : message.tol;
                if (message.stability != null && $Object.hasOwnProperty.call(message, "stability"))
                    object.stability = options.json && !$isFinite(message.stability) ? $String(message.stability) : message.stability;
                if (message.seed != null && $Object.hasOwnProperty.call(message, "seed"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seed = typeof message.seed === "number" ? $BigInt(message.seed) : $util.Long.fromBits(message.seed.low >>> 0, message.seed.high >>> 0, true).toBigInt();
                    else if (typeof message.seed === "number")
                        object.seed = options.longs === $String ? $String(message.seed) : message.seed;
                    else
                        object.seed = options.longs === $String ? $util.Long.prototype.toString.call(message.seed) : options.longs === $Number ? new $util.LongBits(message.seed.low >>> 0, message.seed.high >>> 0).toNumber(true) : message.seed;
                if (message.counter != null && $Object.hasOwnProperty.call(message, "counter"))
                    object.counter = message.counter;
                return object;
            };

            /**
             * Converts this ComputeEigenvalues to JSON.
             * @function toJSON
             * @memberof moqlab.v1.ComputeEigenvalues
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ComputeEigenvalues.prototype.toJSON = function() {
                return ComputeEigenvalues.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ComputeEigenvalues;
        })();

        v1.BlockEigenvalue = (function() {

            /**
             * Properties of a BlockEigenvalue.
             * @typedef {Object} moqlab.v1.BlockEigenvalue.$Properties
             * @property {number|null} [block] BlockEigenvalue block
             * @property {string|null} [name] BlockEigenvalue name
             * @property {number|null} [eigenvalue] BlockEigenvalue eigenvalue
             * @property {number|null} [iterations] BlockEigenvalue iterations
             * @property {boolean|null} [converged] BlockEigenvalue converged
             * @property {number|null} [seconds] BlockEigenvalue seconds
             * @property {number|null} [hvps] BlockEigenvalue hvps
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a BlockEigenvalue.
             * @memberof moqlab.v1
             * @interface IBlockEigenvalue
             * @augments moqlab.v1.BlockEigenvalue.$Properties
             * @deprecated Use moqlab.v1.BlockEigenvalue.$Properties instead.
             */

            /**
             * Shape of a BlockEigenvalue.
             * @typedef {moqlab.v1.BlockEigenvalue.$Properties} moqlab.v1.BlockEigenvalue.$Shape
             */

            /**
             * Constructs a new BlockEigenvalue.
             * @memberof moqlab.v1
             * @classdesc Represents a BlockEigenvalue.
             * @constructor
             * @param {moqlab.v1.BlockEigenvalue.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const BlockEigenvalue = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * BlockEigenvalue block.
             * @member {number} block
             * @memberof moqlab.v1.BlockEigenvalue
             * @instance
             */
            BlockEigenvalue.prototype.block = 0;

            /**
             * BlockEigenvalue name.
             * @member {string} name
             * @memberof moqlab.v1.BlockEigenvalue
             * @instance
             */
            BlockEigenvalue.prototype.name = "";

            /**
             * BlockEigenvalue eigenvalue.
             * @member {number} eigenvalue
             * @memberof moqlab.v1.BlockEigenvalue
             * @instance
             */
            BlockEigenvalue.prototype.eigenvalue = 0;

            /**
             * BlockEigenvalue iterations.
             * @member {number} iterations
             * @memberof moqlab.v1.BlockEigenvalue
             * @instance
             */
            BlockEigenvalue.prototype.iterations = 0;

            /**
             * BlockEigenvalue converged.
             * @member {boolean} converged
             * @memberof moqlab.v1.BlockEigenvalue
             * @instance
             */
            BlockEigenvalue.prototype.converged = false;

            /**
             * BlockEigenvalue seconds.
             * @member {number} seconds
             * @memberof moqlab.v1.BlockEigenvalue
             * @instance
             */
            BlockEigenvalue.prototype.seconds = 0;

            /**
             * BlockEigenvalue hvps.
             * @member {number} hvps
             * @memberof moqlab.v1.BlockEigenvalue
             * @instance
             */
            BlockEigenvalue.prototype.hvps = 0;

            /**
             * Creates a new BlockEigenvalue instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.BlockEigenvalue
             * @static
             * @param {moqlab.v1.BlockEigenvalue.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.BlockEigenvalue} BlockEigenvalue instance
             * @type {{
             *   (properties: moqlab.v1.BlockEigenvalue.$Shape): moqlab.v1.BlockEigenvalue & moqlab.v1.BlockEigenvalue.$Shape;
             *   (properties?: moqlab.v1.BlockEigenvalue.$Properties): moqlab.v1.BlockEigenvalue;
             * }}
             */
            BlockEigenvalue.create = function(properties) {
                return new BlockEigenvalue(properties);
            };

            /**
             * Encodes the specified BlockEigenvalue message. Does not implicitly {@link moqlab.v1.BlockEigenvalue.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.BlockEigenvalue
             * @static
             * @param {moqlab.v1.BlockEigenvalue.$Properties} message BlockEigenvalue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            BlockEigenvalue.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.block != null && $Object.hasOwnProperty.call(message, "block") && message.block !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.block);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.eigenvalue != null && $Object.hasOwnProperty.call(message, "eigenvalue") && !$Object.is(message.eigenvalue, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.eigenvalue);
                if (message.iterations != null && $Object.hasOwnProperty.call(message, "iterations") && message.iterations !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.iterations);
                if (message.converged != null && $Object.hasOwnProperty.call(message, "converged") && message.converged !== false)
                    writer.uint32(/* id 5, wireType 0 =*/40).bool(message.converged);
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds") && !$Object.is(message.seconds, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.seconds);
                if (message.hvps != null && $Object.hasOwnProperty.call(message, "hvps") && message.hvps !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.hvps);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a BlockEigenvalue message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.BlockEigenvalue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.BlockEigenvalue & moqlab.v1.BlockEigenvalue.$Shape} BlockEigenvalue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            BlockEigenvalue.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.BlockEigenvalue();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.block = value;
                            else
                                delete message.block;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.eigenvalue = value;
                            else
                                delete message.eigenvalue;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.iterations = value;
                            else
                                delete message.iterations;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.converged = value;
                            else
                                delete message.converged;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.seconds = value;
                            else
                                delete message.seconds;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.hvps = value;
                            else
                                delete message.hvps;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a BlockEigenvalue message.
             * @function verify
             * @memberof moqlab.v1.BlockEigenvalue
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            BlockEigenvalue.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.block != null && $Object.hasOwnProperty.call(message, "block"))
                    if (!$util.isInteger(message.block))
                        return "block: integer expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.eigenvalue != null && $Object.hasOwnProperty.call(message, "eigenvalue"))
                    if (typeof message.eigenvalue !== "number")
                        return "eigenvalue: number expected";
                if (message.iterations != null && $Object.hasOwnProperty.call(message, "iterations"))
                    if (!$util.isInteger(message.iterations))
                        return "iterations: integer expected";
                if (message.converged != null && $Object.hasOwnProperty.call(message, "converged"))
                    if (typeof message.converged !== "boolean")
                        return "converged: boolean expected";
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    if (typeof message.seconds !== "number")
                        return "seconds: number expected";
                if (message.hvps != null && $Object.hasOwnProperty.call(message, "hvps"))
                    if (!$util.isInteger(message.hvps))
                        return "hvps: integer expected";
                return null;
            };

            /**
             * Creates a BlockEigenvalue message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.BlockEigenvalue
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.BlockEigenvalue} BlockEigenvalue
             */
            BlockEigenvalue.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.BlockEigenvalue)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.BlockEigenvalue: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.BlockEigenvalue();
                if (object.block != null)
                    if ($Number(object.block) !== 0)
                        message.block = object.block >>> 0;
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.eigenvalue != null)
                    if (!$Object.is($Number(object.eigenvalue), 0))
                        message.eigenvalue = $Number(object.eigenvalue);
                if (object.iterations != null)
                    if ($Number(object.iterations) !== 0)
                        message.iterations = object.iterations >>> 0;
                if (object.converged != null)
                    if (object.converged)
                        message.converged = $Boolean(object.converged);
                if (object.seconds != null)
                    if (!$Object.is($Number(object.seconds), 0))
                        message.seconds = $Number(object.seconds);
                if (object.hvps != null)
                    if ($Number(object.hvps) !== 0)
                        message.hvps = object.hvps >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a BlockEigenvalue message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.BlockEigenvalue
             * @static
             * @param {moqlab.v1.BlockEigenvalue} message BlockEigenvalue
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            BlockEigenvalue.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.block = 0;
                    object.name = "";
                    object.eigenvalue = 0;
                    object.iterations = 0;
                    object.converged = false;
                    object.seconds = 0;
                    object.hvps = 0;
                }
                if (message.block != null && $Object.hasOwnProperty.call(message, "block"))
                    object.block = message.block;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.eigenvalue != null && $Object.hasOwnProperty.call(message, "eigenvalue"))
                    object.eigenvalue = options.json && !$isFinite(message.eigenvalue) ? $String(message.eigenvalue) : message.eigenvalue;
                if (message.iterations != null && $Object.hasOwnProperty.call(message, "iterations"))
                    object.iterations = message.iterations;
                if (message.converged != null && $Object.hasOwnProperty.call(message, "converged"))
                    object.converged = message.converged;
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    object.seconds = options.json && !$isFinite(message.seconds) ? $String(message.seconds) : message.seconds;
                if (message.hvps != null && $Object.hasOwnProperty.call(message, "hvps"))
                    object.hvps = message.hvps;
                return object;
            };

            /**
             * Converts this BlockEigenvalue to JSON.
             * @function toJSON
             * @memberof moqlab.v1.BlockEigenvalue
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            BlockEigenvalue.prototype.toJSON = function() {
                return BlockEigenvalue.toObject(this, $protobuf.util.toJSONOptions);
            };

            return BlockEigenvalue;
        })();

        v1.ComputeEigenvaluesResult = (function() {

            /**
             * Properties of a ComputeEigenvaluesResult.
             * @typedef {Object} moqlab.v1.ComputeEigenvaluesResult.$Properties
             * @property {Array.<moqlab.v1.BlockEigenvalue.$Properties>|null} [blocks] ComputeEigenvaluesResult blocks
             * @property {number|null} [seconds] ComputeEigenvaluesResult seconds
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ComputeEigenvaluesResult.
             * @memberof moqlab.v1
             * @interface IComputeEigenvaluesResult
             * @augments moqlab.v1.ComputeEigenvaluesResult.$Properties
             * @deprecated Use moqlab.v1.ComputeEigenvaluesResult.$Properties instead.
             */

            /**
             * Shape of a ComputeEigenvaluesResult.
             * @typedef {moqlab.v1.ComputeEigenvaluesResult.$Properties} moqlab.v1.ComputeEigenvaluesResult.$Shape
             */

            /**
             * Constructs a new ComputeEigenvaluesResult.
             * @memberof moqlab.v1
             * @classdesc Represents a ComputeEigenvaluesResult.
             * @constructor
             * @param {moqlab.v1.ComputeEigenvaluesResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ComputeEigenvaluesResult = function (properties) {
                this.blocks = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ComputeEigenvaluesResult blocks.
             * @member {Array.<moqlab.v1.BlockEigenvalue.$Properties>} blocks
             * @memberof moqlab.v1.ComputeEigenvaluesResult
             * @instance
             */
            ComputeEigenvaluesResult.prototype.blocks = $util.emptyArray;

            /**
             * ComputeEigenvaluesResult seconds.
             * @member {number} seconds
             * @memberof moqlab.v1.ComputeEigenvaluesResult
             * @instance
             */
            ComputeEigenvaluesResult.prototype.seconds = 0;

            /**
             * Creates a new ComputeEigenvaluesResult instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.ComputeEigenvaluesResult
             * @static
             * @param {moqlab.v1.ComputeEigenvaluesResult.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.ComputeEigenvaluesResult} ComputeEigenvaluesResult instance
             * @type {{
             *   (properties: moqlab.v1.ComputeEigenvaluesResult.$Shape): moqlab.v1.ComputeEigenvaluesResult & moqlab.v1.ComputeEigenvaluesResult.$Shape;
             *   (properties?: moqlab.v1.ComputeEigenvaluesResult.$Properties): moqlab.v1.ComputeEigenvaluesResult;
             * }}
             */
            ComputeEigenvaluesResult.create = function(properties) {
                return new ComputeEigenvaluesResult(properties);
            };

            /**
             * Encodes the specified ComputeEigenvaluesResult message. Does not implicitly {@link moqlab.v1.ComputeEigenvaluesResult.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.ComputeEigenvaluesResult
             * @static
             * @param {moqlab.v1.ComputeEigenvaluesResult.$Properties} message ComputeEigenvaluesResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ComputeEigenvaluesResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.blocks != null && message.blocks.length)
                    for (let i = 0; i < message.blocks.length; ++i)
                        $root.moqlab.v1.BlockEigenvalue.encode(message.blocks[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds") && !$Object.is(message.seconds, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.seconds);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ComputeEigenvaluesResult message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.ComputeEigenvaluesResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.ComputeEigenvaluesResult & moqlab.v1.ComputeEigenvaluesResult.$Shape} ComputeEigenvaluesResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ComputeEigenvaluesResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.ComputeEigenvaluesResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.blocks && message.blocks.length))
                                message.blocks = [];
                            message.blocks.push($root.moqlab.v1.BlockEigenvalue.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.seconds = value;
                            else
                                delete message.seconds;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ComputeEigenvaluesResult message.
             * @function verify
             * @memberof moqlab.v1.ComputeEigenvaluesResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ComputeEigenvaluesResult.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.blocks != null && $Object.hasOwnProperty.call(message, "blocks")) {
                    if (!$Array.isArray(message.blocks))
                        return "blocks: array expected";
                    for (let i = 0; i < message.blocks.length; ++i) {
                        let error = $root.moqlab.v1.BlockEigenvalue.verify(message.blocks[i], _depth + 1);
                        if (error)
                            return "blocks." + error;
                    }
                }
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    if (typeof message.seconds !== "number")
                        return "seconds: number expected";
                return null;
            };

            /**
             * Creates a ComputeEigenvaluesResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.ComputeEigenvaluesResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.ComputeEigenvaluesResult} ComputeEigenvaluesResult
             */
            ComputeEigenvaluesResult.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.ComputeEigenvaluesResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.ComputeEigenvaluesResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.ComputeEigenvaluesResult();
                if (object.blocks) {
                    if (!$Array.isArray(object.blocks))
                        throw $TypeError(".moqlab.v1.ComputeEigenvaluesResult.blocks: array expected");
                    message.blocks = $Array(object.blocks.length);
                    for (let i = 0; i < object.blocks.length; ++i) {
                        if (!$util.isObject(object.blocks[i]))
                            throw $TypeError(".moqlab.v1.ComputeEigenvaluesResult.blocks: object expected");
                        message.blocks[i] = $root.moqlab.v1.BlockEigenvalue.fromObject(object.blocks[i], _depth + 1);
                    }
                }
                if (object.seconds != null)
                    if (!$Object.is($Number(object.seconds), 0))
                        message.seconds = $Number(object.seconds);
                return message;
            };

            /**
             * Creates a plain object from a ComputeEigenvaluesResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.ComputeEigenvaluesResult
             * @static
             * @param {moqlab.v1.ComputeEigenvaluesResult} message ComputeEigenvaluesResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ComputeEigenvaluesResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.blocks = [];
                if (options.defaults)
                    object.seconds = 0;
                if (message.blocks && message.blocks.length) {
                    object.blocks = $Array(message.blocks.length);
                    for (let j = 0; j < message.blocks.length; ++j)
                        object.blocks[j] = $root.moqlab.v1.BlockEigenvalue.toObject(message.blocks[j], options, _depth + 1);
                }
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    object.seconds = options.json && !$isFinite(message.seconds) ? $String(message.seconds) : message.seconds;
                return object;
            };

            /**
             * Converts this ComputeEigenvaluesResult to JSON.
             * @function toJSON
             * @memberof moqlab.v1.ComputeEigenvaluesResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ComputeEigenvaluesResult.prototype.toJSON = function() {
                return ComputeEigenvaluesResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ComputeEigenvaluesResult;
        })();

        v1.Export = (function() {

            /**
             * Properties of an Export.
             * @typedef {Object} moqlab.v1.Export.$Properties
             * @property {string|null} [outDir] Export outDir
             * @property {string|null} [dtype] Export dtype
             * @property {string|null} [scaleDtype] Export scaleDtype
             * @property {Array.<moqlab.v1.ExportTensor.$Properties>|null} [tensors] Export tensors
             * @property {number|null} [parityExamples] Export parityExamples
             * @property {number|null} [quantCounter] Export quantCounter
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Export.
             * @memberof moqlab.v1
             * @interface IExport
             * @augments moqlab.v1.Export.$Properties
             * @deprecated Use moqlab.v1.Export.$Properties instead.
             */

            /**
             * Shape of an Export.
             * @typedef {moqlab.v1.Export.$Properties} moqlab.v1.Export.$Shape
             */

            /**
             * Constructs a new Export.
             * @memberof moqlab.v1
             * @classdesc Represents an Export.
             * @constructor
             * @param {moqlab.v1.Export.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Export = function (properties) {
                this.tensors = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Export outDir.
             * @member {string} outDir
             * @memberof moqlab.v1.Export
             * @instance
             */
            Export.prototype.outDir = "";

            /**
             * Export dtype.
             * @member {string} dtype
             * @memberof moqlab.v1.Export
             * @instance
             */
            Export.prototype.dtype = "";

            /**
             * Export scaleDtype.
             * @member {string} scaleDtype
             * @memberof moqlab.v1.Export
             * @instance
             */
            Export.prototype.scaleDtype = "";

            /**
             * Export tensors.
             * @member {Array.<moqlab.v1.ExportTensor.$Properties>} tensors
             * @memberof moqlab.v1.Export
             * @instance
             */
            Export.prototype.tensors = $util.emptyArray;

            /**
             * Export parityExamples.
             * @member {number} parityExamples
             * @memberof moqlab.v1.Export
             * @instance
             */
            Export.prototype.parityExamples = 0;

            /**
             * Export quantCounter.
             * @member {number} quantCounter
             * @memberof moqlab.v1.Export
             * @instance
             */
            Export.prototype.quantCounter = 0;

            /**
             * Creates a new Export instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.Export
             * @static
             * @param {moqlab.v1.Export.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.Export} Export instance
             * @type {{
             *   (properties: moqlab.v1.Export.$Shape): moqlab.v1.Export & moqlab.v1.Export.$Shape;
             *   (properties?: moqlab.v1.Export.$Properties): moqlab.v1.Export;
             * }}
             */
            Export.create = function(properties) {
                return new Export(properties);
            };

            /**
             * Encodes the specified Export message. Does not implicitly {@link moqlab.v1.Export.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.Export
             * @static
             * @param {moqlab.v1.Export.$Properties} message Export message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Export.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.outDir != null && $Object.hasOwnProperty.call(message, "outDir") && message.outDir !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.outDir);
                if (message.dtype != null && $Object.hasOwnProperty.call(message, "dtype") && message.dtype !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.dtype);
                if (message.scaleDtype != null && $Object.hasOwnProperty.call(message, "scaleDtype") && message.scaleDtype !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.scaleDtype);
                if (message.tensors != null && message.tensors.length)
                    for (let i = 0; i < message.tensors.length; ++i)
                        $root.moqlab.v1.ExportTensor.encode(message.tensors[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.parityExamples != null && $Object.hasOwnProperty.call(message, "parityExamples") && message.parityExamples !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.parityExamples);
                if (message.quantCounter != null && $Object.hasOwnProperty.call(message, "quantCounter") && message.quantCounter !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.quantCounter);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Export message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.Export
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.Export & moqlab.v1.Export.$Shape} Export
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Export.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.Export();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.outDir = value;
                            else
                                delete message.outDir;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.dtype = value;
                            else
                                delete message.dtype;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.scaleDtype = value;
                            else
                                delete message.scaleDtype;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tensors && message.tensors.length))
                                message.tensors = [];
                            message.tensors.push($root.moqlab.v1.ExportTensor.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.parityExamples = value;
                            else
                                delete message.parityExamples;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.quantCounter = value;
                            else
                                delete message.quantCounter;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an Export message.
             * @function verify
             * @memberof moqlab.v1.Export
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Export.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.outDir != null && $Object.hasOwnProperty.call(message, "outDir"))
                    if (!$util.isString(message.outDir))
                        return "outDir: string expected";
                if (message.dtype != null && $Object.hasOwnProperty.call(message, "dtype"))
                    if (!$util.isString(message.dtype))
                        return "dtype: string expected";
                if (message.scaleDtype != null && $Object.hasOwnProperty.call(message, "scaleDtype"))
                    if (!$util.isString(message.scaleDtype))
                        return "scaleDtype: string expected";
                if (message.tensors != null && $Object.hasOwnProperty.call(message, "tensors")) {
                    if (!$Array.isArray(message.tensors))
                        return "tensors: array expected";
                    for (let i = 0; i < message.tensors.length; ++i) {
                        let error = $root.moqlab.v1.ExportTensor.verify(message.tensors[i], _depth + 1);
                        if (error)
                            return "tensors." + error;
                    }
                }
                if (message.parityExamples != null && $Object.hasOwnProperty.call(message, "parityExamples"))
                    if (!$util.isInteger(message.parityExamples))
                        return "parityExamples: integer expected";
                if (message.quantCounter != null && $Object.hasOwnProperty.call(message, "quantCounter"))
                    if (!$util.isInteger(message.quantCounter))
                        return "quantCounter: integer expected";
                return null;
            };

            /**
             * Creates an Export message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.Export
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.Export} Export
             */
            Export.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.Export)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.Export: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.Export();
                if (object.outDir != null)
                    if (typeof object.outDir !== "string" || object.outDir.length)
                        message.outDir = $String(object.outDir);
                if (object.dtype != null)
                    if (typeof object.dtype !== "string" || object.dtype.length)
                        message.dtype = $String(object.dtype);
                if (object.scaleDtype != null)
                    if (typeof object.scaleDtype !== "string" || object.scaleDtype.length)
                        message.scaleDtype = $String(object.scaleDtype);
                if (object.tensors) {
                    if (!$Array.isArray(object.tensors))
                        throw $TypeError(".moqlab.v1.Export.tensors: array expected");
                    message.tensors = $Array(object.tensors.length);
                    for (let i = 0; i < object.tensors.length; ++i) {
                        if (!$util.isObject(object.tensors[i]))
                            throw $TypeError(".moqlab.v1.Export.tensors: object expected");
                        message.tensors[i] = $root.moqlab.v1.ExportTensor.fromObject(object.tensors[i], _depth + 1);
                    }
                }
                if (object.parityExamples != null)
                    if ($Number(object.parityExamples) !== 0)
                        message.parityExamples = object.parityExamples >>> 0;
                if (object.quantCounter != null)
                    if ($Number(object.quantCounter) !== 0)
                        message.quantCounter = object.quantCounter >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an Export message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.Export
             * @static
             * @param {moqlab.v1.Export} message Export
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Export.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.tensors = [];
                if (options.defaults) {
                    object.outDir = "";
                    object.dtype = "";
                    object.scaleDtype = "";
                    object.parityExamples = 0;
                    object.quantCounter = 0;
                }
                if (message.outDir != null && $Object.hasOwnProperty.call(message, "outDir"))
                    object.outDir = message.outDir;
                if (message.dtype != null && $Object.hasOwnProperty.call(message, "dtype"))
                    object.dtype = message.dtype;
                if (message.scaleDtype != null && $Object.hasOwnProperty.call(message, "scaleDtype"))
                    object.scaleDtype = message.scaleDtype;
                if (message.tensors && message.tensors.length) {
                    object.tensors = $Array(message.tensors.length);
                    for (let j = 0; j < message.tensors.length; ++j)
                        object.tensors[j] = $root.moqlab.v1.ExportTensor.toObject(message.tensors[j], options, _depth + 1);
                }
                if (message.parityExamples != null && $Object.hasOwnProperty.call(message, "parityExamples"))
                    object.parityExamples = message.parityExamples;
                if (message.quantCounter != null && $Object.hasOwnProperty.call(message, "quantCounter"))
                    object.quantCounter = message.quantCounter;
                return object;
            };

            /**
             * Converts this Export to JSON.
             * @function toJSON
             * @memberof moqlab.v1.Export
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Export.prototype.toJSON = function() {
                return Export.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Export;
        })();

        v1.ExportTensor = (function() {

            /**
             * Properties of an ExportTensor.
             * @typedef {Object} moqlab.v1.ExportTensor.$Properties
             * @property {string|null} [name] ExportTensor name
             * @property {number|null} [bits] ExportTensor bits
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExportTensor.
             * @memberof moqlab.v1
             * @interface IExportTensor
             * @augments moqlab.v1.ExportTensor.$Properties
             * @deprecated Use moqlab.v1.ExportTensor.$Properties instead.
             */

            /**
             * Shape of an ExportTensor.
             * @typedef {moqlab.v1.ExportTensor.$Properties} moqlab.v1.ExportTensor.$Shape
             */

            /**
             * Constructs a new ExportTensor.
             * @memberof moqlab.v1
             * @classdesc Represents an ExportTensor.
             * @constructor
             * @param {moqlab.v1.ExportTensor.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExportTensor = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExportTensor name.
             * @member {string} name
             * @memberof moqlab.v1.ExportTensor
             * @instance
             */
            ExportTensor.prototype.name = "";

            /**
             * ExportTensor bits.
             * @member {number} bits
             * @memberof moqlab.v1.ExportTensor
             * @instance
             */
            ExportTensor.prototype.bits = 0;

            /**
             * Creates a new ExportTensor instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.ExportTensor
             * @static
             * @param {moqlab.v1.ExportTensor.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.ExportTensor} ExportTensor instance
             * @type {{
             *   (properties: moqlab.v1.ExportTensor.$Shape): moqlab.v1.ExportTensor & moqlab.v1.ExportTensor.$Shape;
             *   (properties?: moqlab.v1.ExportTensor.$Properties): moqlab.v1.ExportTensor;
             * }}
             */
            ExportTensor.create = function(properties) {
                return new ExportTensor(properties);
            };

            /**
             * Encodes the specified ExportTensor message. Does not implicitly {@link moqlab.v1.ExportTensor.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.ExportTensor
             * @static
             * @param {moqlab.v1.ExportTensor.$Properties} message ExportTensor message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExportTensor.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.bits != null && $Object.hasOwnProperty.call(message, "bits") && message.bits !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.bits);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ExportTensor message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.ExportTensor
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.ExportTensor & moqlab.v1.ExportTensor.$Shape} ExportTensor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExportTensor.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.ExportTensor();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.bits = value;
                            else
                                delete message.bits;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an ExportTensor message.
             * @function verify
             * @memberof moqlab.v1.ExportTensor
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ExportTensor.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.bits != null && $Object.hasOwnProperty.call(message, "bits"))
                    if (!$util.isInteger(message.bits))
                        return "bits: integer expected";
                return null;
            };

            /**
             * Creates an ExportTensor message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.ExportTensor
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.ExportTensor} ExportTensor
             */
            ExportTensor.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.ExportTensor)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.ExportTensor: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.ExportTensor();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.bits != null)
                    if ($Number(object.bits) !== 0)
                        message.bits = object.bits >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an ExportTensor message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.ExportTensor
             * @static
             * @param {moqlab.v1.ExportTensor} message ExportTensor
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ExportTensor.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.bits = 0;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.bits != null && $Object.hasOwnProperty.call(message, "bits"))
                    object.bits = message.bits;
                return object;
            };

            /**
             * Converts this ExportTensor to JSON.
             * @function toJSON
             * @memberof moqlab.v1.ExportTensor
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ExportTensor.prototype.toJSON = function() {
                return ExportTensor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ExportTensor;
        })();

        v1.ExportedTensor = (function() {

            /**
             * Properties of an ExportedTensor.
             * @typedef {Object} moqlab.v1.ExportedTensor.$Properties
             * @property {string|null} [name] ExportedTensor name
             * @property {string|null} [kind] ExportedTensor kind
             * @property {number|null} [bits] ExportedTensor bits
             * @property {string|null} [packing] ExportedTensor packing
             * @property {number|null} [bytes] ExportedTensor bytes
             * @property {number|null} [fp16Bytes] ExportedTensor fp16Bytes
             * @property {string|null} [note] ExportedTensor note
             * @property {string|null} [loadedAs] ExportedTensor loadedAs
             * @property {number|null} [residentBytes] ExportedTensor residentBytes
             * @property {number|null} [fp32Bytes] ExportedTensor fp32Bytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExportedTensor.
             * @memberof moqlab.v1
             * @interface IExportedTensor
             * @augments moqlab.v1.ExportedTensor.$Properties
             * @deprecated Use moqlab.v1.ExportedTensor.$Properties instead.
             */

            /**
             * Shape of an ExportedTensor.
             * @typedef {moqlab.v1.ExportedTensor.$Properties} moqlab.v1.ExportedTensor.$Shape
             */

            /**
             * Constructs a new ExportedTensor.
             * @memberof moqlab.v1
             * @classdesc Represents an ExportedTensor.
             * @constructor
             * @param {moqlab.v1.ExportedTensor.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExportedTensor = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExportedTensor name.
             * @member {string} name
             * @memberof moqlab.v1.ExportedTensor
             * @instance
             */
            ExportedTensor.prototype.name = "";

            /**
             * ExportedTensor kind.
             * @member {string} kind
             * @memberof moqlab.v1.ExportedTensor
             * @instance
             */
            ExportedTensor.prototype.kind = "";

            /**
             * ExportedTensor bits.
             * @member {number} bits
             * @memberof moqlab.v1.ExportedTensor
             * @instance
             */
            ExportedTensor.prototype.bits = 0;

            /**
             * ExportedTensor packing.
             * @member {string} packing
             * @memberof moqlab.v1.ExportedTensor
             * @instance
             */
            ExportedTensor.prototype.packing = "";

            /**
             * ExportedTensor bytes.
             * @member {number} bytes
             * @memberof moqlab.v1.ExportedTensor
             * @instance
             */
            ExportedTensor.prototype.bytes = 0;

            /**
             * ExportedTensor fp16Bytes.
             * @member {number} fp16Bytes
             * @memberof moqlab.v1.ExportedTensor
             * @instance
             */
            ExportedTensor.prototype.fp16Bytes = 0;

            /**
             * ExportedTensor note.
             * @member {string} note
             * @memberof moqlab.v1.ExportedTensor
             * @instance
             */
            ExportedTensor.prototype.note = "";

            /**
             * ExportedTensor loadedAs.
             * @member {string} loadedAs
             * @memberof moqlab.v1.ExportedTensor
             * @instance
             */
            ExportedTensor.prototype.loadedAs = "";

            /**
             * ExportedTensor residentBytes.
             * @member {number} residentBytes
             * @memberof moqlab.v1.ExportedTensor
             * @instance
             */
            ExportedTensor.prototype.residentBytes = 0;

            /**
             * ExportedTensor fp32Bytes.
             * @member {number} fp32Bytes
             * @memberof moqlab.v1.ExportedTensor
             * @instance
             */
            ExportedTensor.prototype.fp32Bytes = 0;

            /**
             * Creates a new ExportedTensor instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.ExportedTensor
             * @static
             * @param {moqlab.v1.ExportedTensor.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.ExportedTensor} ExportedTensor instance
             * @type {{
             *   (properties: moqlab.v1.ExportedTensor.$Shape): moqlab.v1.ExportedTensor & moqlab.v1.ExportedTensor.$Shape;
             *   (properties?: moqlab.v1.ExportedTensor.$Properties): moqlab.v1.ExportedTensor;
             * }}
             */
            ExportedTensor.create = function(properties) {
                return new ExportedTensor(properties);
            };

            /**
             * Encodes the specified ExportedTensor message. Does not implicitly {@link moqlab.v1.ExportedTensor.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.ExportedTensor
             * @static
             * @param {moqlab.v1.ExportedTensor.$Properties} message ExportedTensor message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExportedTensor.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.kind);
                if (message.bits != null && $Object.hasOwnProperty.call(message, "bits") && message.bits !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.bits);
                if (message.packing != null && $Object.hasOwnProperty.call(message, "packing") && message.packing !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.packing);
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && !$Object.is(message.bytes, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.bytes);
                if (message.fp16Bytes != null && $Object.hasOwnProperty.call(message, "fp16Bytes") && !$Object.is(message.fp16Bytes, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.fp16Bytes);
                if (message.note != null && $Object.hasOwnProperty.call(message, "note") && message.note !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.note);
                if (message.loadedAs != null && $Object.hasOwnProperty.call(message, "loadedAs") && message.loadedAs !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.loadedAs);
                if (message.residentBytes != null && $Object.hasOwnProperty.call(message, "residentBytes") && !$Object.is(message.residentBytes, 0))
                    writer.uint32(/* id 9, wireType 1 =*/73).double(message.residentBytes);
                if (message.fp32Bytes != null && $Object.hasOwnProperty.call(message, "fp32Bytes") && !$Object.is(message.fp32Bytes, 0))
                    writer.uint32(/* id 10, wireType 1 =*/81).double(message.fp32Bytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ExportedTensor message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.ExportedTensor
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.ExportedTensor & moqlab.v1.ExportedTensor.$Shape} ExportedTensor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExportedTensor.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.ExportedTensor();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.bits = value;
                            else
                                delete message.bits;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.packing = value;
                            else
                                delete message.packing;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.bytes = value;
                            else
                                delete message.bytes;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.fp16Bytes = value;
                            else
                                delete message.fp16Bytes;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.note = value;
                            else
                                delete message.note;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.loadedAs = value;
                            else
                                delete message.loadedAs;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.residentBytes = value;
                            else
                                delete message.residentBytes;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.fp32Bytes = value;
                            else
                                delete message.fp32Bytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an ExportedTensor message.
             * @function verify
             * @memberof moqlab.v1.ExportedTensor
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ExportedTensor.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (!$util.isString(message.kind))
                        return "kind: string expected";
                if (message.bits != null && $Object.hasOwnProperty.call(message, "bits"))
                    if (!$util.isInteger(message.bits))
                        return "bits: integer expected";
                if (message.packing != null && $Object.hasOwnProperty.call(message, "packing"))
                    if (!$util.isString(message.packing))
                        return "packing: string expected";
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (typeof message.bytes !== "number")
                        return "bytes: number expected";
                if (message.fp16Bytes != null && $Object.hasOwnProperty.call(message, "fp16Bytes"))
                    if (typeof message.fp16Bytes !== "number")
                        return "fp16Bytes: number expected";
                if (message.note != null && $Object.hasOwnProperty.call(message, "note"))
                    if (!$util.isString(message.note))
                        return "note: string expected";
                if (message.loadedAs != null && $Object.hasOwnProperty.call(message, "loadedAs"))
                    if (!$util.isString(message.loadedAs))
                        return "loadedAs: string expected";
                if (message.residentBytes != null && $Object.hasOwnProperty.call(message, "residentBytes"))
                    if (typeof message.residentBytes !== "number")
                        return "residentBytes: number expected";
                if (message.fp32Bytes != null && $Object.hasOwnProperty.call(message, "fp32Bytes"))
                    if (typeof message.fp32Bytes !== "number")
                        return "fp32Bytes: number expected";
                return null;
            };

            /**
             * Creates an ExportedTensor message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.ExportedTensor
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.ExportedTensor} ExportedTensor
             */
            ExportedTensor.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.ExportedTensor)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.ExportedTensor: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.ExportedTensor();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.kind != null)
                    if (typeof object.kind !== "string" || object.kind.length)
                        message.kind = $String(object.kind);
                if (object.bits != null)
                    if ($Number(object.bits) !== 0)
                        message.bits = object.bits >>> 0;
                if (object.packing != null)
                    if (typeof object.packing !== "string" || object.packing.length)
                        message.packing = $String(object.packing);
                if (object.bytes != null)
                    if (!$Object.is($Number(object.bytes), 0))
                        message.bytes = $Number(object.bytes);
                if (object.fp16Bytes != null)
                    if (!$Object.is($Number(object.fp16Bytes), 0))
                        message.fp16Bytes = $Number(object.fp16Bytes);
                if (object.note != null)
                    if (typeof object.note !== "string" || object.note.length)
                        message.note = $String(object.note);
                if (object.loadedAs != null)
                    if (typeof object.loadedAs !== "string" || object.loadedAs.length)
                        message.loadedAs = $String(object.loadedAs);
                if (object.residentBytes != null)
                    if (!$Object.is($Number(object.residentBytes), 0))
                        message.residentBytes = $Number(object.residentBytes);
                if (object.fp32Bytes != null)
                    if (!$Object.is($Number(object.fp32Bytes), 0))
                        message.fp32Bytes = $Number(object.fp32Bytes);
                return message;
            };

            /**
             * Creates a plain object from an ExportedTensor message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.ExportedTensor
             * @static
             * @param {moqlab.v1.ExportedTensor} message ExportedTensor
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ExportedTensor.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.kind = "";
                    object.bits = 0;
                    object.packing = "";
                    object.bytes = 0;
                    object.fp16Bytes = 0;
                    object.note = "";
                    object.loadedAs = "";
                    object.residentBytes = 0;
                    object.fp32Bytes = 0;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = message.kind;
                if (message.bits != null && $Object.hasOwnProperty.call(message, "bits"))
                    object.bits = message.bits;
                if (message.packing != null && $Object.hasOwnProperty.call(message, "packing"))
                    object.packing = message.packing;
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    object.bytes = options.json && !$isFinite(message.bytes) ? $String(message.bytes) : message.bytes;
                if (message.fp16Bytes != null && $Object.hasOwnProperty.call(message, "fp16Bytes"))
                    object.fp16Bytes = options.json && !$isFinite(message.fp16Bytes) ? $String(message.fp16Bytes) : message.fp16Bytes;
                if (message.note != null && $Object.hasOwnProperty.call(message, "note"))
                    object.note = message.note;
                if (message.loadedAs != null && $Object.hasOwnProperty.call(message, "loadedAs"))
                    object.loadedAs = message.loadedAs;
                if (message.residentBytes != null && $Object.hasOwnProperty.call(message, "residentBytes"))
                    object.residentBytes = options.json && !$isFinite(message.residentBytes) ? $String(message.residentBytes) : message.residentBytes;
                if (message.fp32Bytes != null && $Object.hasOwnProperty.call(message, "fp32Bytes"))
                    object.fp32Bytes = options.json && !$isFinite(message.fp32Bytes) ? $String(message.fp32Bytes) : message.fp32Bytes;
                return object;
            };

            /**
             * Converts this ExportedTensor to JSON.
             * @function toJSON
             * @memberof moqlab.v1.ExportedTensor
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ExportedTensor.prototype.toJSON = function() {
                return ExportedTensor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ExportedTensor;
        })();

        v1.ExportResult = (function() {

            /**
             * Properties of an ExportResult.
             * @typedef {Object} moqlab.v1.ExportResult.$Properties
             * @property {string|null} [outDir] ExportResult outDir
             * @property {number|null} [bytes] ExportResult bytes
             * @property {number|null} [fp16Bytes] ExportResult fp16Bytes
             * @property {Array.<moqlab.v1.ExportedTensor.$Properties>|null} [tensors] ExportResult tensors
             * @property {number|null} [maxAbs] ExportResult maxAbs
             * @property {number|null} [sqnrDb] ExportResult sqnrDb
             * @property {number|null} [agreement] ExportResult agreement
             * @property {number|null} [parityExamples] ExportResult parityExamples
             * @property {number|null} [residentBytes] ExportResult residentBytes
             * @property {number|null} [fp32ResidentBytes] ExportResult fp32ResidentBytes
             * @property {number|null} [fp16ResidentBytes] ExportResult fp16ResidentBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExportResult.
             * @memberof moqlab.v1
             * @interface IExportResult
             * @augments moqlab.v1.ExportResult.$Properties
             * @deprecated Use moqlab.v1.ExportResult.$Properties instead.
             */

            /**
             * Shape of an ExportResult.
             * @typedef {moqlab.v1.ExportResult.$Properties} moqlab.v1.ExportResult.$Shape
             */

            /**
             * Constructs a new ExportResult.
             * @memberof moqlab.v1
             * @classdesc Represents an ExportResult.
             * @constructor
             * @param {moqlab.v1.ExportResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExportResult = function (properties) {
                this.tensors = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExportResult outDir.
             * @member {string} outDir
             * @memberof moqlab.v1.ExportResult
             * @instance
             */
            ExportResult.prototype.outDir = "";

            /**
             * ExportResult bytes.
             * @member {number} bytes
             * @memberof moqlab.v1.ExportResult
             * @instance
             */
            ExportResult.prototype.bytes = 0;

            /**
             * ExportResult fp16Bytes.
             * @member {number} fp16Bytes
             * @memberof moqlab.v1.ExportResult
             * @instance
             */
            ExportResult.prototype.fp16Bytes = 0;

            /**
             * ExportResult tensors.
             * @member {Array.<moqlab.v1.ExportedTensor.$Properties>} tensors
             * @memberof moqlab.v1.ExportResult
             * @instance
             */
            ExportResult.prototype.tensors = $util.emptyArray;

            /**
             * ExportResult maxAbs.
             * @member {number} maxAbs
             * @memberof moqlab.v1.ExportResult
             * @instance
             */
            ExportResult.prototype.maxAbs = 0;

            /**
             * ExportResult sqnrDb.
             * @member {number} sqnrDb
             * @memberof moqlab.v1.ExportResult
             * @instance
             */
            ExportResult.prototype.sqnrDb = 0;

            /**
             * ExportResult agreement.
             * @member {number} agreement
             * @memberof moqlab.v1.ExportResult
             * @instance
             */
            ExportResult.prototype.agreement = 0;

            /**
             * ExportResult parityExamples.
             * @member {number} parityExamples
             * @memberof moqlab.v1.ExportResult
             * @instance
             */
            ExportResult.prototype.parityExamples = 0;

            /**
             * ExportResult residentBytes.
             * @member {number} residentBytes
             * @memberof moqlab.v1.ExportResult
             * @instance
             */
            ExportResult.prototype.residentBytes = 0;

            /**
             * ExportResult fp32ResidentBytes.
             * @member {number} fp32ResidentBytes
             * @memberof moqlab.v1.ExportResult
             * @instance
             */
            ExportResult.prototype.fp32ResidentBytes = 0;

            /**
             * ExportResult fp16ResidentBytes.
             * @member {number} fp16ResidentBytes
             * @memberof moqlab.v1.ExportResult
             * @instance
             */
            ExportResult.prototype.fp16ResidentBytes = 0;

            /**
             * Creates a new ExportResult instance using the specified properties.
             * @function create
             * @memberof moqlab.v1.ExportResult
             * @static
             * @param {moqlab.v1.ExportResult.$Properties=} [properties] Properties to set
             * @returns {moqlab.v1.ExportResult} ExportResult instance
             * @type {{
             *   (properties: moqlab.v1.ExportResult.$Shape): moqlab.v1.ExportResult & moqlab.v1.ExportResult.$Shape;
             *   (properties?: moqlab.v1.ExportResult.$Properties): moqlab.v1.ExportResult;
             * }}
             */
            ExportResult.create = function(properties) {
                return new ExportResult(properties);
            };

            /**
             * Encodes the specified ExportResult message. Does not implicitly {@link moqlab.v1.ExportResult.verify|verify} messages.
             * @function encode
             * @memberof moqlab.v1.ExportResult
             * @static
             * @param {moqlab.v1.ExportResult.$Properties} message ExportResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExportResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.outDir != null && $Object.hasOwnProperty.call(message, "outDir") && message.outDir !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.outDir);
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && !$Object.is(message.bytes, 0))
                    writer.uint32(/* id 2, wireType 1 =*/17).double(message.bytes);
                if (message.fp16Bytes != null && $Object.hasOwnProperty.call(message, "fp16Bytes") && !$Object.is(message.fp16Bytes, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.fp16Bytes);
                if (message.tensors != null && message.tensors.length)
                    for (let i = 0; i < message.tensors.length; ++i)
                        $root.moqlab.v1.ExportedTensor.encode(message.tensors[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.maxAbs != null && $Object.hasOwnProperty.call(message, "maxAbs") && !$Object.is(message.maxAbs, 0))
                    writer.uint32(/* id 5, wireType 1 =*/41).double(message.maxAbs);
                if (message.sqnrDb != null && $Object.hasOwnProperty.call(message, "sqnrDb") && !$Object.is(message.sqnrDb, 0))
                    writer.uint32(/* id 6, wireType 1 =*/49).double(message.sqnrDb);
                if (message.agreement != null && $Object.hasOwnProperty.call(message, "agreement") && !$Object.is(message.agreement, 0))
                    writer.uint32(/* id 7, wireType 1 =*/57).double(message.agreement);
                if (message.parityExamples != null && $Object.hasOwnProperty.call(message, "parityExamples") && message.parityExamples !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).uint32(message.parityExamples);
                if (message.residentBytes != null && $Object.hasOwnProperty.call(message, "residentBytes") && !$Object.is(message.residentBytes, 0))
                    writer.uint32(/* id 9, wireType 1 =*/73).double(message.residentBytes);
                if (message.fp32ResidentBytes != null && $Object.hasOwnProperty.call(message, "fp32ResidentBytes") && !$Object.is(message.fp32ResidentBytes, 0))
                    writer.uint32(/* id 10, wireType 1 =*/81).double(message.fp32ResidentBytes);
                if (message.fp16ResidentBytes != null && $Object.hasOwnProperty.call(message, "fp16ResidentBytes") && !$Object.is(message.fp16ResidentBytes, 0))
                    writer.uint32(/* id 11, wireType 1 =*/89).double(message.fp16ResidentBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ExportResult message from the specified reader or buffer.
             * @function decode
             * @memberof moqlab.v1.ExportResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {moqlab.v1.ExportResult & moqlab.v1.ExportResult.$Shape} ExportResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExportResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.moqlab.v1.ExportResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.outDir = value;
                            else
                                delete message.outDir;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.bytes = value;
                            else
                                delete message.bytes;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.fp16Bytes = value;
                            else
                                delete message.fp16Bytes;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.tensors && message.tensors.length))
                                message.tensors = [];
                            message.tensors.push($root.moqlab.v1.ExportedTensor.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.maxAbs = value;
                            else
                                delete message.maxAbs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.sqnrDb = value;
                            else
                                delete message.sqnrDb;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.agreement = value;
                            else
                                delete message.agreement;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.parityExamples = value;
                            else
                                delete message.parityExamples;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.residentBytes = value;
                            else
                                delete message.residentBytes;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.fp32ResidentBytes = value;
                            else
                                delete message.fp32ResidentBytes;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.fp16ResidentBytes = value;
                            else
                                delete message.fp16ResidentBytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an ExportResult message.
             * @function verify
             * @memberof moqlab.v1.ExportResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ExportResult.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.outDir != null && $Object.hasOwnProperty.call(message, "outDir"))
                    if (!$util.isString(message.outDir))
                        return "outDir: string expected";
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (typeof message.bytes !== "number")
                        return "bytes: number expected";
                if (message.fp16Bytes != null && $Object.hasOwnProperty.call(message, "fp16Bytes"))
                    if (typeof message.fp16Bytes !== "number")
                        return "fp16Bytes: number expected";
                if (message.tensors != null && $Object.hasOwnProperty.call(message, "tensors")) {
                    if (!$Array.isArray(message.tensors))
                        return "tensors: array expected";
                    for (let i = 0; i < message.tensors.length; ++i) {
                        let error = $root.moqlab.v1.ExportedTensor.verify(message.tensors[i], _depth + 1);
                        if (error)
                            return "tensors." + error;
                    }
                }
                if (message.maxAbs != null && $Object.hasOwnProperty.call(message, "maxAbs"))
                    if (typeof message.maxAbs !== "number")
                        return "maxAbs: number expected";
                if (message.sqnrDb != null && $Object.hasOwnProperty.call(message, "sqnrDb"))
                    if (typeof message.sqnrDb !== "number")
                        return "sqnrDb: number expected";
                if (message.agreement != null && $Object.hasOwnProperty.call(message, "agreement"))
                    if (typeof message.agreement !== "number")
                        return "agreement: number expected";
                if (message.parityExamples != null && $Object.hasOwnProperty.call(message, "parityExamples"))
                    if (!$util.isInteger(message.parityExamples))
                        return "parityExamples: integer expected";
                if (message.residentBytes != null && $Object.hasOwnProperty.call(message, "residentBytes"))
                    if (typeof message.residentBytes !== "number")
                        return "residentBytes: number expected";
                if (message.fp32ResidentBytes != null && $Object.hasOwnProperty.call(message, "fp32ResidentBytes"))
                    if (typeof message.fp32ResidentBytes !== "number")
                        return "fp32ResidentBytes: number expected";
                if (message.fp16ResidentBytes != null && $Object.hasOwnProperty.call(message, "fp16ResidentBytes"))
                    if (typeof message.fp16ResidentBytes !== "number")
                        return "fp16ResidentBytes: number expected";
                return null;
            };

            /**
             * Creates an ExportResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof moqlab.v1.ExportResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {moqlab.v1.ExportResult} ExportResult
             */
            ExportResult.fromObject = function (object, _depth) {
                if (object instanceof $root.moqlab.v1.ExportResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".moqlab.v1.ExportResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.moqlab.v1.ExportResult();
                if (object.outDir != null)
                    if (typeof object.outDir !== "string" || object.outDir.length)
                        message.outDir = $String(object.outDir);
                if (object.bytes != null)
                    if (!$Object.is($Number(object.bytes), 0))
                        message.bytes = $Number(object.bytes);
                if (object.fp16Bytes != null)
                    if (!$Object.is($Number(object.fp16Bytes), 0))
                        message.fp16Bytes = $Number(object.fp16Bytes);
                if (object.tensors) {
                    if (!$Array.isArray(object.tensors))
                        throw $TypeError(".moqlab.v1.ExportResult.tensors: array expected");
                    message.tensors = $Array(object.tensors.length);
                    for (let i = 0; i < object.tensors.length; ++i) {
                        if (!$util.isObject(object.tensors[i]))
                            throw $TypeError(".moqlab.v1.ExportResult.tensors: object expected");
                        message.tensors[i] = $root.moqlab.v1.ExportedTensor.fromObject(object.tensors[i], _depth + 1);
                    }
                }
                if (object.maxAbs != null)
                    if (!$Object.is($Number(object.maxAbs), 0))
                        message.maxAbs = $Number(object.maxAbs);
                if (object.sqnrDb != null)
                    if (!$Object.is($Number(object.sqnrDb), 0))
                        message.sqnrDb = $Number(object.sqnrDb);
                if (object.agreement != null)
                    if (!$Object.is($Number(object.agreement), 0))
                        message.agreement = $Number(object.agreement);
                if (object.parityExamples != null)
                    if ($Number(object.parityExamples) !== 0)
                        message.parityExamples = object.parityExamples >>> 0;
                if (object.residentBytes != null)
                    if (!$Object.is($Number(object.residentBytes), 0))
                        message.residentBytes = $Number(object.residentBytes);
                if (object.fp32ResidentBytes != null)
                    if (!$Object.is($Number(object.fp32ResidentBytes), 0))
                        message.fp32ResidentBytes = $Number(object.fp32ResidentBytes);
                if (object.fp16ResidentBytes != null)
                    if (!$Object.is($Number(object.fp16ResidentBytes), 0))
                        message.fp16ResidentBytes = $Number(object.fp16ResidentBytes);
                return message;
            };

            /**
             * Creates a plain object from an ExportResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof moqlab.v1.ExportResult
             * @static
             * @param {moqlab.v1.ExportResult} message ExportResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ExportResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.tensors = [];
                if (options.defaults) {
                    object.outDir = "";
                    object.bytes = 0;
                    object.fp16Bytes = 0;
                    object.maxAbs = 0;
                    object.sqnrDb = 0;
                    object.agreement = 0;
                    object.parityExamples = 0;
                    object.residentBytes = 0;
                    object.fp32ResidentBytes = 0;
                    object.fp16ResidentBytes = 0;
                }
                if (message.outDir != null && $Object.hasOwnProperty.call(message, "outDir"))
                    object.outDir = message.outDir;
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    object.bytes = options.json && !$isFinite(message.bytes) ? $String(message.bytes) : message.bytes;
                if (message.fp16Bytes != null && $Object.hasOwnProperty.call(message, "fp16Bytes"))
                    object.fp16Bytes = options.json && !$isFinite(message.fp16Bytes) ? $String(message.fp16Bytes) : message.fp16Bytes;
                if (message.tensors && message.tensors.length) {
                    object.tensors = $Array(message.tensors.length);
                    for (let j = 0; j < message.tensors.length; ++j)
                        object.tensors[j] = $root.moqlab.v1.ExportedTensor.toObject(message.tensors[j], options, _depth + 1);
                }
                if (message.maxAbs != null && $Object.hasOwnProperty.call(message, "maxAbs"))
                    object.maxAbs = options.json && !$isFinite(message.maxAbs) ? $String(message.maxAbs) : message.maxAbs;
                if (message.sqnrDb != null && $Object.hasOwnProperty.call(message, "sqnrDb"))
                    object.sqnrDb = options.json && !$isFinite(message.sqnrDb) ? $String(message.sqnrDb) : message.sqnrDb;
                if (message.agreement != null && $Object.hasOwnProperty.call(message, "agreement"))
                    object.agreement = options.json && !$isFinite(message.agreement) ? $String(message.agreement) : message.agreement;
                if (message.parityExamples != null && $Object.hasOwnProperty.call(message, "parityExamples"))
                    object.parityExamples = message.parityExamples;
                if (message.residentBytes != null && $Object.hasOwnProperty.call(message, "residentBytes"))
                    object.residentBytes = options.json && !$isFinite(message.residentBytes) ? $String(message.residentBytes) : message.residentBytes;
                if (message.fp32ResidentBytes != null && $Object.hasOwnProperty.call(message, "fp32ResidentBytes"))
                    object.fp32ResidentBytes = options.json && !$isFinite(message.fp32ResidentBytes) ? $String(message.fp32ResidentBytes) : message.fp32ResidentBytes;
                if (message.fp16ResidentBytes != null && $Object.hasOwnProperty.call(message, "fp16ResidentBytes"))
                    object.fp16ResidentBytes = options.json && !$isFinite(message.fp16ResidentBytes) ? $String(message.fp16ResidentBytes) : message.fp16ResidentBytes;
                return object;
            };

            /**
             * Converts this ExportResult to JSON.
             * @function toJSON
             * @memberof moqlab.v1.ExportResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ExportResult.prototype.toJSON = function() {
                return ExportResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ExportResult;
        })();

        return v1;
    })();

    return moqlab;
})();

export {
  $root as default
};
