import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace moqlab. */
export namespace moqlab {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a Hello.
         * @deprecated Use moqlab.v1.Hello.$Properties instead.
         */
        interface IHello extends moqlab.v1.Hello.$Properties {
        }

        /** Represents a Hello. */
        class Hello {

            /**
             * Constructs a new Hello.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.Hello.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Hello protocolVersion. */
            protocolVersion: number;

            /** Hello controllerVersion. */
            controllerVersion: string;

            /** Hello heartbeatIntervalMs. */
            heartbeatIntervalMs: number;

            /**
             * Creates a new Hello instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Hello instance
             */
            static create(properties: moqlab.v1.Hello.$Shape): moqlab.v1.Hello & moqlab.v1.Hello.$Shape;
            static create(properties?: moqlab.v1.Hello.$Properties): moqlab.v1.Hello;

            /**
             * Encodes the specified Hello message. Does not implicitly {@link moqlab.v1.Hello.verify|verify} messages.
             * @param message Hello message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.Hello & moqlab.v1.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.Hello & moqlab.v1.Hello.$Shape;

            /**
             * Verifies a Hello message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Hello message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Hello
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.Hello;

            /**
             * Creates a plain object from a Hello message. Also converts values to other types if specified.
             * @param message Hello
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.Hello, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Hello to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Hello {

            /** Properties of a Hello. */
            interface $Properties {

                /** Hello protocolVersion */
                protocolVersion?: (number|null);

                /** Hello controllerVersion */
                controllerVersion?: (string|null);

                /** Hello heartbeatIntervalMs */
                heartbeatIntervalMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Hello. */
            type $Shape = moqlab.v1.Hello.$Properties;
        }

        /**
         * Properties of a HelloResult.
         * @deprecated Use moqlab.v1.HelloResult.$Properties instead.
         */
        interface IHelloResult extends moqlab.v1.HelloResult.$Properties {
        }

        /** Represents a HelloResult. */
        class HelloResult {

            /**
             * Constructs a new HelloResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.HelloResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HelloResult protocolVersion. */
            protocolVersion: number;

            /** HelloResult workerVersion. */
            workerVersion: string;

            /** HelloResult capabilities. */
            capabilities?: (moqlab.v1.Capabilities.$Properties|null);

            /**
             * Creates a new HelloResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HelloResult instance
             */
            static create(properties: moqlab.v1.HelloResult.$Shape): moqlab.v1.HelloResult & moqlab.v1.HelloResult.$Shape;
            static create(properties?: moqlab.v1.HelloResult.$Properties): moqlab.v1.HelloResult;

            /**
             * Encodes the specified HelloResult message. Does not implicitly {@link moqlab.v1.HelloResult.verify|verify} messages.
             * @param message HelloResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.HelloResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HelloResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.HelloResult & moqlab.v1.HelloResult.$Shape} HelloResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.HelloResult & moqlab.v1.HelloResult.$Shape;

            /**
             * Verifies a HelloResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HelloResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HelloResult
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.HelloResult;

            /**
             * Creates a plain object from a HelloResult message. Also converts values to other types if specified.
             * @param message HelloResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.HelloResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HelloResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace HelloResult {

            /** Properties of a HelloResult. */
            interface $Properties {

                /** HelloResult protocolVersion */
                protocolVersion?: (number|null);

                /** HelloResult workerVersion */
                workerVersion?: (string|null);

                /** HelloResult capabilities */
                capabilities?: (moqlab.v1.Capabilities.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HelloResult. */
            type $Shape = moqlab.v1.HelloResult.$Properties;
        }

        /** ZmqBinding enum. */
        enum ZmqBinding {

            /** ZMQ_BINDING_UNSPECIFIED value */
            ZMQ_BINDING_UNSPECIFIED = 0,

            /** ZMQ_BINDING_PYZMQ value */
            ZMQ_BINDING_PYZMQ = 1,

            /** ZMQ_BINDING_CTYPES value */
            ZMQ_BINDING_CTYPES = 2
        }

        /**
         * Properties of a Device.
         * @deprecated Use moqlab.v1.Device.$Properties instead.
         */
        interface IDevice extends moqlab.v1.Device.$Properties {
        }

        /** Represents a Device. */
        class Device {

            /**
             * Constructs a new Device.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.Device.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Device name. */
            name: string;

            /** Device description. */
            description: string;

            /** Device totalMemoryBytes. */
            totalMemoryBytes: number;

            /** Device dtypes. */
            dtypes: string[];

            /**
             * Creates a new Device instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Device instance
             */
            static create(properties: moqlab.v1.Device.$Shape): moqlab.v1.Device & moqlab.v1.Device.$Shape;
            static create(properties?: moqlab.v1.Device.$Properties): moqlab.v1.Device;

            /**
             * Encodes the specified Device message. Does not implicitly {@link moqlab.v1.Device.verify|verify} messages.
             * @param message Device message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.Device.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Device message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.Device & moqlab.v1.Device.$Shape} Device
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.Device & moqlab.v1.Device.$Shape;

            /**
             * Verifies a Device message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Device message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Device
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.Device;

            /**
             * Creates a plain object from a Device message. Also converts values to other types if specified.
             * @param message Device
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.Device, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Device to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Device {

            /** Properties of a Device. */
            interface $Properties {

                /** Device name */
                name?: (string|null);

                /** Device description */
                description?: (string|null);

                /** Device totalMemoryBytes */
                totalMemoryBytes?: (number|null);

                /** Device dtypes */
                dtypes?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Device. */
            type $Shape = moqlab.v1.Device.$Properties;
        }

        /**
         * Properties of a Kernel.
         * @deprecated Use moqlab.v1.Kernel.$Properties instead.
         */
        interface IKernel extends moqlab.v1.Kernel.$Properties {
        }

        /** Represents a Kernel. */
        class Kernel {

            /**
             * Constructs a new Kernel.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.Kernel.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Kernel name. */
            name: string;

            /** Kernel available. */
            available: boolean;

            /** Kernel reason. */
            reason: string;

            /**
             * Creates a new Kernel instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Kernel instance
             */
            static create(properties: moqlab.v1.Kernel.$Shape): moqlab.v1.Kernel & moqlab.v1.Kernel.$Shape;
            static create(properties?: moqlab.v1.Kernel.$Properties): moqlab.v1.Kernel;

            /**
             * Encodes the specified Kernel message. Does not implicitly {@link moqlab.v1.Kernel.verify|verify} messages.
             * @param message Kernel message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.Kernel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Kernel message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.Kernel & moqlab.v1.Kernel.$Shape} Kernel
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.Kernel & moqlab.v1.Kernel.$Shape;

            /**
             * Verifies a Kernel message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Kernel message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Kernel
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.Kernel;

            /**
             * Creates a plain object from a Kernel message. Also converts values to other types if specified.
             * @param message Kernel
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.Kernel, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Kernel to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Kernel {

            /** Properties of a Kernel. */
            interface $Properties {

                /** Kernel name */
                name?: (string|null);

                /** Kernel available */
                available?: (boolean|null);

                /** Kernel reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Kernel. */
            type $Shape = moqlab.v1.Kernel.$Properties;
        }

        /**
         * Properties of a Capabilities.
         * @deprecated Use moqlab.v1.Capabilities.$Properties instead.
         */
        interface ICapabilities extends moqlab.v1.Capabilities.$Properties {
        }

        /** Represents a Capabilities. */
        class Capabilities {

            /**
             * Constructs a new Capabilities.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.Capabilities.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Capabilities pythonVersion. */
            pythonVersion: string;

            /** Capabilities pythonExecutable. */
            pythonExecutable: string;

            /** Capabilities torchVersion. */
            torchVersion: string;

            /** Capabilities torchError. */
            torchError: string;

            /** Capabilities protobufVersion. */
            protobufVersion: string;

            /** Capabilities protobufImplementation. */
            protobufImplementation: string;

            /** Capabilities zmqVersion. */
            zmqVersion: string;

            /** Capabilities zmqBinding. */
            zmqBinding: moqlab.v1.ZmqBinding;

            /** Capabilities cudaAvailable. */
            cudaAvailable: boolean;

            /** Capabilities cudaVersion. */
            cudaVersion: string;

            /** Capabilities devices. */
            devices: moqlab.v1.Device.$Properties[];

            /** Capabilities kernels. */
            kernels: moqlab.v1.Kernel.$Properties[];

            /** Capabilities pid. */
            pid: number;

            /** Capabilities hostname. */
            hostname: string;

            /** Capabilities numThreads. */
            numThreads: number;

            /** Capabilities platform. */
            platform: string;

            /** Capabilities transformersVersion. */
            transformersVersion: string;

            /** Capabilities worldSize. */
            worldSize: number;

            /** Capabilities distributedBackend. */
            distributedBackend: string;

            /**
             * Creates a new Capabilities instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Capabilities instance
             */
            static create(properties: moqlab.v1.Capabilities.$Shape): moqlab.v1.Capabilities & moqlab.v1.Capabilities.$Shape;
            static create(properties?: moqlab.v1.Capabilities.$Properties): moqlab.v1.Capabilities;

            /**
             * Encodes the specified Capabilities message. Does not implicitly {@link moqlab.v1.Capabilities.verify|verify} messages.
             * @param message Capabilities message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.Capabilities.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Capabilities message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.Capabilities & moqlab.v1.Capabilities.$Shape} Capabilities
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.Capabilities & moqlab.v1.Capabilities.$Shape;

            /**
             * Verifies a Capabilities message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Capabilities message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Capabilities
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.Capabilities;

            /**
             * Creates a plain object from a Capabilities message. Also converts values to other types if specified.
             * @param message Capabilities
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.Capabilities, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Capabilities to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Capabilities {

            /** Properties of a Capabilities. */
            interface $Properties {

                /** Capabilities pythonVersion */
                pythonVersion?: (string|null);

                /** Capabilities pythonExecutable */
                pythonExecutable?: (string|null);

                /** Capabilities torchVersion */
                torchVersion?: (string|null);

                /** Capabilities torchError */
                torchError?: (string|null);

                /** Capabilities protobufVersion */
                protobufVersion?: (string|null);

                /** Capabilities protobufImplementation */
                protobufImplementation?: (string|null);

                /** Capabilities zmqVersion */
                zmqVersion?: (string|null);

                /** Capabilities zmqBinding */
                zmqBinding?: (moqlab.v1.ZmqBinding|null);

                /** Capabilities cudaAvailable */
                cudaAvailable?: (boolean|null);

                /** Capabilities cudaVersion */
                cudaVersion?: (string|null);

                /** Capabilities devices */
                devices?: (moqlab.v1.Device.$Properties[]|null);

                /** Capabilities kernels */
                kernels?: (moqlab.v1.Kernel.$Properties[]|null);

                /** Capabilities pid */
                pid?: (number|null);

                /** Capabilities hostname */
                hostname?: (string|null);

                /** Capabilities numThreads */
                numThreads?: (number|null);

                /** Capabilities platform */
                platform?: (string|null);

                /** Capabilities transformersVersion */
                transformersVersion?: (string|null);

                /** Capabilities worldSize */
                worldSize?: (number|null);

                /** Capabilities distributedBackend */
                distributedBackend?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Capabilities. */
            type $Shape = moqlab.v1.Capabilities.$Properties;
        }

        /**
         * Properties of a Ping.
         * @deprecated Use moqlab.v1.Ping.$Properties instead.
         */
        interface IPing extends moqlab.v1.Ping.$Properties {
        }

        /** Represents a Ping. */
        class Ping {

            /**
             * Constructs a new Ping.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.Ping.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Ping payload. */
            payload: Uint8Array;

            /**
             * Creates a new Ping instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Ping instance
             */
            static create(properties: moqlab.v1.Ping.$Shape): moqlab.v1.Ping & moqlab.v1.Ping.$Shape;
            static create(properties?: moqlab.v1.Ping.$Properties): moqlab.v1.Ping;

            /**
             * Encodes the specified Ping message. Does not implicitly {@link moqlab.v1.Ping.verify|verify} messages.
             * @param message Ping message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.Ping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Ping message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.Ping & moqlab.v1.Ping.$Shape} Ping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.Ping & moqlab.v1.Ping.$Shape;

            /**
             * Verifies a Ping message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Ping message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Ping
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.Ping;

            /**
             * Creates a plain object from a Ping message. Also converts values to other types if specified.
             * @param message Ping
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.Ping, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Ping to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Ping {

            /** Properties of a Ping. */
            interface $Properties {

                /** Ping payload */
                payload?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Ping. */
            type $Shape = moqlab.v1.Ping.$Properties;
        }

        /**
         * Properties of a Pong.
         * @deprecated Use moqlab.v1.Pong.$Properties instead.
         */
        interface IPong extends moqlab.v1.Pong.$Properties {
        }

        /** Represents a Pong. */
        class Pong {

            /**
             * Constructs a new Pong.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.Pong.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Pong payload. */
            payload: Uint8Array;

            /**
             * Creates a new Pong instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Pong instance
             */
            static create(properties: moqlab.v1.Pong.$Shape): moqlab.v1.Pong & moqlab.v1.Pong.$Shape;
            static create(properties?: moqlab.v1.Pong.$Properties): moqlab.v1.Pong;

            /**
             * Encodes the specified Pong message. Does not implicitly {@link moqlab.v1.Pong.verify|verify} messages.
             * @param message Pong message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.Pong.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Pong message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.Pong & moqlab.v1.Pong.$Shape} Pong
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.Pong & moqlab.v1.Pong.$Shape;

            /**
             * Verifies a Pong message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Pong message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Pong
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.Pong;

            /**
             * Creates a plain object from a Pong message. Also converts values to other types if specified.
             * @param message Pong
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.Pong, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Pong to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Pong {

            /** Properties of a Pong. */
            interface $Properties {

                /** Pong payload */
                payload?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Pong. */
            type $Shape = moqlab.v1.Pong.$Properties;
        }

        /**
         * Properties of a Shutdown.
         * @deprecated Use moqlab.v1.Shutdown.$Properties instead.
         */
        interface IShutdown extends moqlab.v1.Shutdown.$Properties {
        }

        /** Represents a Shutdown. */
        class Shutdown {

            /**
             * Constructs a new Shutdown.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.Shutdown.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Shutdown reason. */
            reason: string;

            /**
             * Creates a new Shutdown instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Shutdown instance
             */
            static create(properties: moqlab.v1.Shutdown.$Shape): moqlab.v1.Shutdown & moqlab.v1.Shutdown.$Shape;
            static create(properties?: moqlab.v1.Shutdown.$Properties): moqlab.v1.Shutdown;

            /**
             * Encodes the specified Shutdown message. Does not implicitly {@link moqlab.v1.Shutdown.verify|verify} messages.
             * @param message Shutdown message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.Shutdown.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Shutdown message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.Shutdown & moqlab.v1.Shutdown.$Shape} Shutdown
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.Shutdown & moqlab.v1.Shutdown.$Shape;

            /**
             * Verifies a Shutdown message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Shutdown message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Shutdown
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.Shutdown;

            /**
             * Creates a plain object from a Shutdown message. Also converts values to other types if specified.
             * @param message Shutdown
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.Shutdown, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Shutdown to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Shutdown {

            /** Properties of a Shutdown. */
            interface $Properties {

                /** Shutdown reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Shutdown. */
            type $Shape = moqlab.v1.Shutdown.$Properties;
        }

        /**
         * Properties of a ShutdownResult.
         * @deprecated Use moqlab.v1.ShutdownResult.$Properties instead.
         */
        interface IShutdownResult extends moqlab.v1.ShutdownResult.$Properties {
        }

        /** Represents a ShutdownResult. */
        class ShutdownResult {

            /**
             * Constructs a new ShutdownResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.ShutdownResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new ShutdownResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ShutdownResult instance
             */
            static create(properties: moqlab.v1.ShutdownResult.$Shape): moqlab.v1.ShutdownResult & moqlab.v1.ShutdownResult.$Shape;
            static create(properties?: moqlab.v1.ShutdownResult.$Properties): moqlab.v1.ShutdownResult;

            /**
             * Encodes the specified ShutdownResult message. Does not implicitly {@link moqlab.v1.ShutdownResult.verify|verify} messages.
             * @param message ShutdownResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.ShutdownResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ShutdownResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.ShutdownResult & moqlab.v1.ShutdownResult.$Shape} ShutdownResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.ShutdownResult & moqlab.v1.ShutdownResult.$Shape;

            /**
             * Verifies a ShutdownResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ShutdownResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ShutdownResult
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.ShutdownResult;

            /**
             * Creates a plain object from a ShutdownResult message. Also converts values to other types if specified.
             * @param message ShutdownResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.ShutdownResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ShutdownResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ShutdownResult {

            /** Properties of a ShutdownResult. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ShutdownResult. */
            type $Shape = moqlab.v1.ShutdownResult.$Properties;
        }

        /**
         * Properties of a Cancel.
         * @deprecated Use moqlab.v1.Cancel.$Properties instead.
         */
        interface ICancel extends moqlab.v1.Cancel.$Properties {
        }

        /** Represents a Cancel. */
        class Cancel {

            /**
             * Constructs a new Cancel.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.Cancel.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new Cancel instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Cancel instance
             */
            static create(properties: moqlab.v1.Cancel.$Shape): moqlab.v1.Cancel & moqlab.v1.Cancel.$Shape;
            static create(properties?: moqlab.v1.Cancel.$Properties): moqlab.v1.Cancel;

            /**
             * Encodes the specified Cancel message. Does not implicitly {@link moqlab.v1.Cancel.verify|verify} messages.
             * @param message Cancel message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.Cancel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Cancel message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.Cancel & moqlab.v1.Cancel.$Shape} Cancel
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.Cancel & moqlab.v1.Cancel.$Shape;

            /**
             * Verifies a Cancel message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Cancel message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Cancel
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.Cancel;

            /**
             * Creates a plain object from a Cancel message. Also converts values to other types if specified.
             * @param message Cancel
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.Cancel, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Cancel to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Cancel {

            /** Properties of a Cancel. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Cancel. */
            type $Shape = moqlab.v1.Cancel.$Properties;
        }

        /**
         * Properties of an Envelope.
         * @deprecated Use moqlab.v1.Envelope.$Properties instead.
         */
        interface IEnvelope extends moqlab.v1.Envelope.$Properties {
        }

        /** Represents an Envelope. */
        class Envelope {

            /**
             * Constructs a new Envelope.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.Envelope.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Envelope messageId. */
            messageId: string;

            /** Envelope type. */
            type: string;

            /** Envelope protocolVersion. */
            protocolVersion: number;

            /** Envelope sessionId. */
            sessionId: string;

            /** Envelope inReplyTo. */
            inReplyTo: string;

            /** Envelope payload. */
            payload: Uint8Array;

            /** Envelope error. */
            error?: (moqlab.v1.Error.$Properties|null);

            /** Envelope sentAt. */
            sentAt: number;

            /**
             * Creates a new Envelope instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Envelope instance
             */
            static create(properties: moqlab.v1.Envelope.$Shape): moqlab.v1.Envelope & moqlab.v1.Envelope.$Shape;
            static create(properties?: moqlab.v1.Envelope.$Properties): moqlab.v1.Envelope;

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link moqlab.v1.Envelope.verify|verify} messages.
             * @param message Envelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.Envelope & moqlab.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.Envelope & moqlab.v1.Envelope.$Shape;

            /**
             * Verifies an Envelope message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Envelope
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.Envelope;

            /**
             * Creates a plain object from an Envelope message. Also converts values to other types if specified.
             * @param message Envelope
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.Envelope, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Envelope to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Envelope {

            /** Properties of an Envelope. */
            interface $Properties {

                /** Envelope messageId */
                messageId?: (string|null);

                /** Envelope type */
                type?: (string|null);

                /** Envelope protocolVersion */
                protocolVersion?: (number|null);

                /** Envelope sessionId */
                sessionId?: (string|null);

                /** Envelope inReplyTo */
                inReplyTo?: (string|null);

                /** Envelope payload */
                payload?: (Uint8Array|null);

                /** Envelope error */
                error?: (moqlab.v1.Error.$Properties|null);

                /** Envelope sentAt */
                sentAt?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Envelope. */
            type $Shape = moqlab.v1.Envelope.$Properties;
        }

        /** ErrorCode enum. */
        enum ErrorCode {

            /** ERROR_CODE_UNSPECIFIED value */
            ERROR_CODE_UNSPECIFIED = 0,

            /** ERROR_CODE_MALFORMED_MESSAGE value */
            ERROR_CODE_MALFORMED_MESSAGE = 1,

            /** ERROR_CODE_UNKNOWN_MESSAGE_TYPE value */
            ERROR_CODE_UNKNOWN_MESSAGE_TYPE = 2,

            /** ERROR_CODE_PROTOCOL_VERSION_MISMATCH value */
            ERROR_CODE_PROTOCOL_VERSION_MISMATCH = 3,

            /** ERROR_CODE_INVALID_ARGUMENT value */
            ERROR_CODE_INVALID_ARGUMENT = 4,

            /** ERROR_CODE_FAILED_PRECONDITION value */
            ERROR_CODE_FAILED_PRECONDITION = 5,

            /** ERROR_CODE_NOT_FOUND value */
            ERROR_CODE_NOT_FOUND = 6,

            /** ERROR_CODE_UNAVAILABLE value */
            ERROR_CODE_UNAVAILABLE = 7,

            /** ERROR_CODE_CANCELLED value */
            ERROR_CODE_CANCELLED = 8,

            /** ERROR_CODE_OUT_OF_MEMORY value */
            ERROR_CODE_OUT_OF_MEMORY = 9,

            /** ERROR_CODE_INTERNAL value */
            ERROR_CODE_INTERNAL = 10,

            /** ERROR_CODE_UNIMPLEMENTED value */
            ERROR_CODE_UNIMPLEMENTED = 11
        }

        /**
         * Properties of an Error.
         * @deprecated Use moqlab.v1.Error.$Properties instead.
         */
        interface IError extends moqlab.v1.Error.$Properties {
        }

        /** Represents an Error. */
        class Error {

            /**
             * Constructs a new Error.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.Error.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Error code. */
            code: moqlab.v1.ErrorCode;

            /** Error message. */
            message: string;

            /** Error details. */
            details: { [k: string]: string };

            /**
             * Creates a new Error instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Error instance
             */
            static create(properties: moqlab.v1.Error.$Shape): moqlab.v1.Error & moqlab.v1.Error.$Shape;
            static create(properties?: moqlab.v1.Error.$Properties): moqlab.v1.Error;

            /**
             * Encodes the specified Error message. Does not implicitly {@link moqlab.v1.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.Error & moqlab.v1.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.Error & moqlab.v1.Error.$Shape;

            /**
             * Verifies an Error message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Error
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.Error;

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @param message Error
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.Error, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Error to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Error {

            /** Properties of an Error. */
            interface $Properties {

                /** Error code */
                code?: (moqlab.v1.ErrorCode|null);

                /** Error message */
                message?: (string|null);

                /** Error details */
                details?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Error. */
            type $Shape = moqlab.v1.Error.$Properties;
        }

        /**
         * Properties of a WorkerReady.
         * @deprecated Use moqlab.v1.WorkerReady.$Properties instead.
         */
        interface IWorkerReady extends moqlab.v1.WorkerReady.$Properties {
        }

        /** Represents a WorkerReady. */
        class WorkerReady {

            /**
             * Constructs a new WorkerReady.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.WorkerReady.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WorkerReady pid. */
            pid: number;

            /** WorkerReady sessionId. */
            sessionId: string;

            /** WorkerReady workerVersion. */
            workerVersion: string;

            /** WorkerReady hostname. */
            hostname: string;

            /**
             * Creates a new WorkerReady instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WorkerReady instance
             */
            static create(properties: moqlab.v1.WorkerReady.$Shape): moqlab.v1.WorkerReady & moqlab.v1.WorkerReady.$Shape;
            static create(properties?: moqlab.v1.WorkerReady.$Properties): moqlab.v1.WorkerReady;

            /**
             * Encodes the specified WorkerReady message. Does not implicitly {@link moqlab.v1.WorkerReady.verify|verify} messages.
             * @param message WorkerReady message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.WorkerReady.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WorkerReady message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.WorkerReady & moqlab.v1.WorkerReady.$Shape} WorkerReady
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.WorkerReady & moqlab.v1.WorkerReady.$Shape;

            /**
             * Verifies a WorkerReady message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a WorkerReady message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns WorkerReady
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.WorkerReady;

            /**
             * Creates a plain object from a WorkerReady message. Also converts values to other types if specified.
             * @param message WorkerReady
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.WorkerReady, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WorkerReady to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace WorkerReady {

            /** Properties of a WorkerReady. */
            interface $Properties {

                /** WorkerReady pid */
                pid?: (number|null);

                /** WorkerReady sessionId */
                sessionId?: (string|null);

                /** WorkerReady workerVersion */
                workerVersion?: (string|null);

                /** WorkerReady hostname */
                hostname?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WorkerReady. */
            type $Shape = moqlab.v1.WorkerReady.$Properties;
        }

        /**
         * Properties of a Heartbeat.
         * @deprecated Use moqlab.v1.Heartbeat.$Properties instead.
         */
        interface IHeartbeat extends moqlab.v1.Heartbeat.$Properties {
        }

        /** Represents a Heartbeat. */
        class Heartbeat {

            /**
             * Constructs a new Heartbeat.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.Heartbeat.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Heartbeat uptimeSeconds. */
            uptimeSeconds: number;

            /** Heartbeat busyWith. */
            busyWith: string;

            /** Heartbeat busyRequestId. */
            busyRequestId: string;

            /** Heartbeat busySeconds. */
            busySeconds: number;

            /** Heartbeat optimizerStep. */
            optimizerStep: number;

            /** Heartbeat rssBytes. */
            rssBytes: number;

            /** Heartbeat stepsAttempted. */
            stepsAttempted: number;

            /** Heartbeat busyAt. */
            busyAt: string;

            /** Heartbeat ranks. */
            ranks: moqlab.v1.RankPulse.$Properties[];

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Heartbeat instance
             */
            static create(properties: moqlab.v1.Heartbeat.$Shape): moqlab.v1.Heartbeat & moqlab.v1.Heartbeat.$Shape;
            static create(properties?: moqlab.v1.Heartbeat.$Properties): moqlab.v1.Heartbeat;

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link moqlab.v1.Heartbeat.verify|verify} messages.
             * @param message Heartbeat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.Heartbeat & moqlab.v1.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.Heartbeat & moqlab.v1.Heartbeat.$Shape;

            /**
             * Verifies a Heartbeat message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Heartbeat
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.Heartbeat;

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @param message Heartbeat
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.Heartbeat, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Heartbeat to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Heartbeat {

            /** Properties of a Heartbeat. */
            interface $Properties {

                /** Heartbeat uptimeSeconds */
                uptimeSeconds?: (number|null);

                /** Heartbeat busyWith */
                busyWith?: (string|null);

                /** Heartbeat busyRequestId */
                busyRequestId?: (string|null);

                /** Heartbeat busySeconds */
                busySeconds?: (number|null);

                /** Heartbeat optimizerStep */
                optimizerStep?: (number|null);

                /** Heartbeat rssBytes */
                rssBytes?: (number|null);

                /** Heartbeat stepsAttempted */
                stepsAttempted?: (number|null);

                /** Heartbeat busyAt */
                busyAt?: (string|null);

                /** Heartbeat ranks */
                ranks?: (moqlab.v1.RankPulse.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Heartbeat. */
            type $Shape = moqlab.v1.Heartbeat.$Properties;
        }

        /**
         * Properties of a RankPulse.
         * @deprecated Use moqlab.v1.RankPulse.$Properties instead.
         */
        interface IRankPulse extends moqlab.v1.RankPulse.$Properties {
        }

        /** Represents a RankPulse. */
        class RankPulse {

            /**
             * Constructs a new RankPulse.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.RankPulse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RankPulse rank. */
            rank: number;

            /** RankPulse silentSeconds. */
            silentSeconds: number;

            /** RankPulse stepsAttempted. */
            stepsAttempted: number;

            /** RankPulse at. */
            at: string;

            /**
             * Creates a new RankPulse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RankPulse instance
             */
            static create(properties: moqlab.v1.RankPulse.$Shape): moqlab.v1.RankPulse & moqlab.v1.RankPulse.$Shape;
            static create(properties?: moqlab.v1.RankPulse.$Properties): moqlab.v1.RankPulse;

            /**
             * Encodes the specified RankPulse message. Does not implicitly {@link moqlab.v1.RankPulse.verify|verify} messages.
             * @param message RankPulse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.RankPulse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RankPulse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.RankPulse & moqlab.v1.RankPulse.$Shape} RankPulse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.RankPulse & moqlab.v1.RankPulse.$Shape;

            /**
             * Verifies a RankPulse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RankPulse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RankPulse
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.RankPulse;

            /**
             * Creates a plain object from a RankPulse message. Also converts values to other types if specified.
             * @param message RankPulse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.RankPulse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RankPulse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RankPulse {

            /** Properties of a RankPulse. */
            interface $Properties {

                /** RankPulse rank */
                rank?: (number|null);

                /** RankPulse silentSeconds */
                silentSeconds?: (number|null);

                /** RankPulse stepsAttempted */
                stepsAttempted?: (number|null);

                /** RankPulse at */
                at?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RankPulse. */
            type $Shape = moqlab.v1.RankPulse.$Properties;
        }

        /**
         * Properties of a MetricPoint.
         * @deprecated Use moqlab.v1.MetricPoint.$Properties instead.
         */
        interface IMetricPoint extends moqlab.v1.MetricPoint.$Properties {
        }

        /** Represents a MetricPoint. */
        class MetricPoint {

            /**
             * Constructs a new MetricPoint.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.MetricPoint.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MetricPoint name. */
            name: string;

            /** MetricPoint step. */
            step: number;

            /** MetricPoint wallTime. */
            wallTime: number;

            /** MetricPoint value. */
            value: number;

            /**
             * Creates a new MetricPoint instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MetricPoint instance
             */
            static create(properties: moqlab.v1.MetricPoint.$Shape): moqlab.v1.MetricPoint & moqlab.v1.MetricPoint.$Shape;
            static create(properties?: moqlab.v1.MetricPoint.$Properties): moqlab.v1.MetricPoint;

            /**
             * Encodes the specified MetricPoint message. Does not implicitly {@link moqlab.v1.MetricPoint.verify|verify} messages.
             * @param message MetricPoint message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.MetricPoint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MetricPoint message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.MetricPoint & moqlab.v1.MetricPoint.$Shape} MetricPoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.MetricPoint & moqlab.v1.MetricPoint.$Shape;

            /**
             * Verifies a MetricPoint message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MetricPoint message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MetricPoint
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.MetricPoint;

            /**
             * Creates a plain object from a MetricPoint message. Also converts values to other types if specified.
             * @param message MetricPoint
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.MetricPoint, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MetricPoint to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace MetricPoint {

            /** Properties of a MetricPoint. */
            interface $Properties {

                /** MetricPoint name */
                name?: (string|null);

                /** MetricPoint step */
                step?: (number|null);

                /** MetricPoint wallTime */
                wallTime?: (number|null);

                /** MetricPoint value */
                value?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MetricPoint. */
            type $Shape = moqlab.v1.MetricPoint.$Properties;
        }

        /**
         * Properties of a MetricBatch.
         * @deprecated Use moqlab.v1.MetricBatch.$Properties instead.
         */
        interface IMetricBatch extends moqlab.v1.MetricBatch.$Properties {
        }

        /** Represents a MetricBatch. */
        class MetricBatch {

            /**
             * Constructs a new MetricBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.MetricBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MetricBatch requestId. */
            requestId: string;

            /** MetricBatch points. */
            points: moqlab.v1.MetricPoint.$Properties[];

            /**
             * Creates a new MetricBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MetricBatch instance
             */
            static create(properties: moqlab.v1.MetricBatch.$Shape): moqlab.v1.MetricBatch & moqlab.v1.MetricBatch.$Shape;
            static create(properties?: moqlab.v1.MetricBatch.$Properties): moqlab.v1.MetricBatch;

            /**
             * Encodes the specified MetricBatch message. Does not implicitly {@link moqlab.v1.MetricBatch.verify|verify} messages.
             * @param message MetricBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.MetricBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MetricBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.MetricBatch & moqlab.v1.MetricBatch.$Shape} MetricBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.MetricBatch & moqlab.v1.MetricBatch.$Shape;

            /**
             * Verifies a MetricBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MetricBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MetricBatch
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.MetricBatch;

            /**
             * Creates a plain object from a MetricBatch message. Also converts values to other types if specified.
             * @param message MetricBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.MetricBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MetricBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace MetricBatch {

            /** Properties of a MetricBatch. */
            interface $Properties {

                /** MetricBatch requestId */
                requestId?: (string|null);

                /** MetricBatch points */
                points?: (moqlab.v1.MetricPoint.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MetricBatch. */
            type $Shape = moqlab.v1.MetricBatch.$Properties;
        }

        /** LogLevel enum. */
        enum LogLevel {

            /** LOG_LEVEL_UNSPECIFIED value */
            LOG_LEVEL_UNSPECIFIED = 0,

            /** LOG_LEVEL_DEBUG value */
            LOG_LEVEL_DEBUG = 1,

            /** LOG_LEVEL_INFO value */
            LOG_LEVEL_INFO = 2,

            /** LOG_LEVEL_WARNING value */
            LOG_LEVEL_WARNING = 3,

            /** LOG_LEVEL_ERROR value */
            LOG_LEVEL_ERROR = 4
        }

        /**
         * Properties of a Log.
         * @deprecated Use moqlab.v1.Log.$Properties instead.
         */
        interface ILog extends moqlab.v1.Log.$Properties {
        }

        /** Represents a Log. */
        class Log {

            /**
             * Constructs a new Log.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.Log.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Log level. */
            level: moqlab.v1.LogLevel;

            /** Log message. */
            message: string;

            /** Log logger. */
            logger: string;

            /** Log time. */
            time: number;

            /**
             * Creates a new Log instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Log instance
             */
            static create(properties: moqlab.v1.Log.$Shape): moqlab.v1.Log & moqlab.v1.Log.$Shape;
            static create(properties?: moqlab.v1.Log.$Properties): moqlab.v1.Log;

            /**
             * Encodes the specified Log message. Does not implicitly {@link moqlab.v1.Log.verify|verify} messages.
             * @param message Log message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.Log.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Log message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.Log & moqlab.v1.Log.$Shape} Log
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.Log & moqlab.v1.Log.$Shape;

            /**
             * Verifies a Log message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Log message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Log
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.Log;

            /**
             * Creates a plain object from a Log message. Also converts values to other types if specified.
             * @param message Log
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.Log, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Log to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Log {

            /** Properties of a Log. */
            interface $Properties {

                /** Log level */
                level?: (moqlab.v1.LogLevel|null);

                /** Log message */
                message?: (string|null);

                /** Log logger */
                logger?: (string|null);

                /** Log time */
                time?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Log. */
            type $Shape = moqlab.v1.Log.$Properties;
        }

        /** Phase enum. */
        enum Phase {

            /** PHASE_UNSPECIFIED value */
            PHASE_UNSPECIFIED = 0,

            /** PHASE_IDLE value */
            PHASE_IDLE = 1,

            /** PHASE_LOADING_DATA value */
            PHASE_LOADING_DATA = 2,

            /** PHASE_LOADING_MODEL value */
            PHASE_LOADING_MODEL = 3,

            /** PHASE_TRAINING value */
            PHASE_TRAINING = 4,

            /** PHASE_EVALUATING value */
            PHASE_EVALUATING = 5,

            /** PHASE_CHECKPOINTING value */
            PHASE_CHECKPOINTING = 6
        }

        /**
         * Properties of a Status.
         * @deprecated Use moqlab.v1.Status.$Properties instead.
         */
        interface IStatus extends moqlab.v1.Status.$Properties {
        }

        /** Represents a Status. */
        class Status {

            /**
             * Constructs a new Status.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.Status.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Status requestId. */
            requestId: string;

            /** Status phase. */
            phase: moqlab.v1.Phase;

            /** Status done. */
            done: number;

            /** Status total. */
            total: number;

            /** Status detail. */
            detail: string;

            /**
             * Creates a new Status instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Status instance
             */
            static create(properties: moqlab.v1.Status.$Shape): moqlab.v1.Status & moqlab.v1.Status.$Shape;
            static create(properties?: moqlab.v1.Status.$Properties): moqlab.v1.Status;

            /**
             * Encodes the specified Status message. Does not implicitly {@link moqlab.v1.Status.verify|verify} messages.
             * @param message Status message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.Status.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Status message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.Status & moqlab.v1.Status.$Shape} Status
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.Status & moqlab.v1.Status.$Shape;

            /**
             * Verifies a Status message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Status message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Status
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.Status;

            /**
             * Creates a plain object from a Status message. Also converts values to other types if specified.
             * @param message Status
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.Status, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Status to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Status {

            /** Properties of a Status. */
            interface $Properties {

                /** Status requestId */
                requestId?: (string|null);

                /** Status phase */
                phase?: (moqlab.v1.Phase|null);

                /** Status done */
                done?: (number|null);

                /** Status total */
                total?: (number|null);

                /** Status detail */
                detail?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Status. */
            type $Shape = moqlab.v1.Status.$Properties;
        }

        /**
         * Properties of a ModelSpec.
         * @deprecated Use moqlab.v1.ModelSpec.$Properties instead.
         */
        interface IModelSpec extends moqlab.v1.ModelSpec.$Properties {
        }

        /** Represents a ModelSpec. */
        class ModelSpec {

            /**
             * Constructs a new ModelSpec.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.ModelSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ModelSpec name. */
            name: string;

            /** ModelSpec kwargsJson. */
            kwargsJson: string;

            /** ModelSpec pythonPath. */
            pythonPath: string[];

            /**
             * Creates a new ModelSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ModelSpec instance
             */
            static create(properties: moqlab.v1.ModelSpec.$Shape): moqlab.v1.ModelSpec & moqlab.v1.ModelSpec.$Shape;
            static create(properties?: moqlab.v1.ModelSpec.$Properties): moqlab.v1.ModelSpec;

            /**
             * Encodes the specified ModelSpec message. Does not implicitly {@link moqlab.v1.ModelSpec.verify|verify} messages.
             * @param message ModelSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.ModelSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ModelSpec message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.ModelSpec & moqlab.v1.ModelSpec.$Shape} ModelSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.ModelSpec & moqlab.v1.ModelSpec.$Shape;

            /**
             * Verifies a ModelSpec message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ModelSpec message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ModelSpec
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.ModelSpec;

            /**
             * Creates a plain object from a ModelSpec message. Also converts values to other types if specified.
             * @param message ModelSpec
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.ModelSpec, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ModelSpec to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ModelSpec {

            /** Properties of a ModelSpec. */
            interface $Properties {

                /** ModelSpec name */
                name?: (string|null);

                /** ModelSpec kwargsJson */
                kwargsJson?: (string|null);

                /** ModelSpec pythonPath */
                pythonPath?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ModelSpec. */
            type $Shape = moqlab.v1.ModelSpec.$Properties;
        }

        /**
         * Properties of a LoadModel.
         * @deprecated Use moqlab.v1.LoadModel.$Properties instead.
         */
        interface ILoadModel extends moqlab.v1.LoadModel.$Properties {
        }

        /** Represents a LoadModel. */
        class LoadModel {

            /**
             * Constructs a new LoadModel.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.LoadModel.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LoadModel spec. */
            spec?: (moqlab.v1.ModelSpec.$Properties|null);

            /** LoadModel device. */
            device: string;

            /** LoadModel seed. */
            seed: number;

            /** LoadModel defaultNumLabels. */
            defaultNumLabels: number;

            /**
             * Creates a new LoadModel instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LoadModel instance
             */
            static create(properties: moqlab.v1.LoadModel.$Shape): moqlab.v1.LoadModel & moqlab.v1.LoadModel.$Shape;
            static create(properties?: moqlab.v1.LoadModel.$Properties): moqlab.v1.LoadModel;

            /**
             * Encodes the specified LoadModel message. Does not implicitly {@link moqlab.v1.LoadModel.verify|verify} messages.
             * @param message LoadModel message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.LoadModel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LoadModel message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.LoadModel & moqlab.v1.LoadModel.$Shape} LoadModel
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.LoadModel & moqlab.v1.LoadModel.$Shape;

            /**
             * Verifies a LoadModel message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LoadModel message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LoadModel
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.LoadModel;

            /**
             * Creates a plain object from a LoadModel message. Also converts values to other types if specified.
             * @param message LoadModel
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.LoadModel, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LoadModel to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace LoadModel {

            /** Properties of a LoadModel. */
            interface $Properties {

                /** LoadModel spec */
                spec?: (moqlab.v1.ModelSpec.$Properties|null);

                /** LoadModel device */
                device?: (string|null);

                /** LoadModel seed */
                seed?: (number|null);

                /** LoadModel defaultNumLabels */
                defaultNumLabels?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LoadModel. */
            type $Shape = moqlab.v1.LoadModel.$Properties;
        }

        /**
         * Properties of a ParameterInfo.
         * @deprecated Use moqlab.v1.ParameterInfo.$Properties instead.
         */
        interface IParameterInfo extends moqlab.v1.ParameterInfo.$Properties {
        }

        /** Represents a ParameterInfo. */
        class ParameterInfo {

            /**
             * Constructs a new ParameterInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.ParameterInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ParameterInfo name. */
            name: string;

            /** ParameterInfo shape. */
            shape: number[];

            /** ParameterInfo numel. */
            numel: number;

            /** ParameterInfo dtype. */
            dtype: string;

            /** ParameterInfo trainable. */
            trainable: boolean;

            /** ParameterInfo index. */
            index: number;

            /**
             * Creates a new ParameterInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ParameterInfo instance
             */
            static create(properties: moqlab.v1.ParameterInfo.$Shape): moqlab.v1.ParameterInfo & moqlab.v1.ParameterInfo.$Shape;
            static create(properties?: moqlab.v1.ParameterInfo.$Properties): moqlab.v1.ParameterInfo;

            /**
             * Encodes the specified ParameterInfo message. Does not implicitly {@link moqlab.v1.ParameterInfo.verify|verify} messages.
             * @param message ParameterInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.ParameterInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ParameterInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.ParameterInfo & moqlab.v1.ParameterInfo.$Shape} ParameterInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.ParameterInfo & moqlab.v1.ParameterInfo.$Shape;

            /**
             * Verifies a ParameterInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ParameterInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ParameterInfo
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.ParameterInfo;

            /**
             * Creates a plain object from a ParameterInfo message. Also converts values to other types if specified.
             * @param message ParameterInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.ParameterInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ParameterInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ParameterInfo {

            /** Properties of a ParameterInfo. */
            interface $Properties {

                /** ParameterInfo name */
                name?: (string|null);

                /** ParameterInfo shape */
                shape?: (number[]|null);

                /** ParameterInfo numel */
                numel?: (number|null);

                /** ParameterInfo dtype */
                dtype?: (string|null);

                /** ParameterInfo trainable */
                trainable?: (boolean|null);

                /** ParameterInfo index */
                index?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ParameterInfo. */
            type $Shape = moqlab.v1.ParameterInfo.$Properties;
        }

        /** ModuleKind enum. */
        enum ModuleKind {

            /** MODULE_KIND_UNSPECIFIED value */
            MODULE_KIND_UNSPECIFIED = 0,

            /** MODULE_KIND_LINEAR value */
            MODULE_KIND_LINEAR = 1,

            /** MODULE_KIND_CONV value */
            MODULE_KIND_CONV = 2,

            /** MODULE_KIND_EMBEDDING value */
            MODULE_KIND_EMBEDDING = 3,

            /** MODULE_KIND_OTHER value */
            MODULE_KIND_OTHER = 4
        }

        /**
         * Properties of a ModuleInfo.
         * @deprecated Use moqlab.v1.ModuleInfo.$Properties instead.
         */
        interface IModuleInfo extends moqlab.v1.ModuleInfo.$Properties {
        }

        /** Represents a ModuleInfo. */
        class ModuleInfo {

            /**
             * Constructs a new ModuleInfo.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.ModuleInfo.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ModuleInfo name. */
            name: string;

            /** ModuleInfo type. */
            type: string;

            /** ModuleInfo parameters. */
            parameters: moqlab.v1.ParameterInfo.$Properties[];

            /** ModuleInfo kind. */
            kind: moqlab.v1.ModuleKind;

            /**
             * Creates a new ModuleInfo instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ModuleInfo instance
             */
            static create(properties: moqlab.v1.ModuleInfo.$Shape): moqlab.v1.ModuleInfo & moqlab.v1.ModuleInfo.$Shape;
            static create(properties?: moqlab.v1.ModuleInfo.$Properties): moqlab.v1.ModuleInfo;

            /**
             * Encodes the specified ModuleInfo message. Does not implicitly {@link moqlab.v1.ModuleInfo.verify|verify} messages.
             * @param message ModuleInfo message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.ModuleInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ModuleInfo message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.ModuleInfo & moqlab.v1.ModuleInfo.$Shape} ModuleInfo
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.ModuleInfo & moqlab.v1.ModuleInfo.$Shape;

            /**
             * Verifies a ModuleInfo message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ModuleInfo message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ModuleInfo
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.ModuleInfo;

            /**
             * Creates a plain object from a ModuleInfo message. Also converts values to other types if specified.
             * @param message ModuleInfo
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.ModuleInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ModuleInfo to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ModuleInfo {

            /** Properties of a ModuleInfo. */
            interface $Properties {

                /** ModuleInfo name */
                name?: (string|null);

                /** ModuleInfo type */
                type?: (string|null);

                /** ModuleInfo parameters */
                parameters?: (moqlab.v1.ParameterInfo.$Properties[]|null);

                /** ModuleInfo kind */
                kind?: (moqlab.v1.ModuleKind|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ModuleInfo. */
            type $Shape = moqlab.v1.ModuleInfo.$Properties;
        }

        /**
         * Properties of a ModelSummary.
         * @deprecated Use moqlab.v1.ModelSummary.$Properties instead.
         */
        interface IModelSummary extends moqlab.v1.ModelSummary.$Properties {
        }

        /** Represents a ModelSummary. */
        class ModelSummary {

            /**
             * Constructs a new ModelSummary.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.ModelSummary.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ModelSummary modelClass. */
            modelClass: string;

            /** ModelSummary modules. */
            modules: moqlab.v1.ModuleInfo.$Properties[];

            /** ModelSummary numParameters. */
            numParameters: number;

            /** ModelSummary numTrainable. */
            numTrainable: number;

            /**
             * Creates a new ModelSummary instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ModelSummary instance
             */
            static create(properties: moqlab.v1.ModelSummary.$Shape): moqlab.v1.ModelSummary & moqlab.v1.ModelSummary.$Shape;
            static create(properties?: moqlab.v1.ModelSummary.$Properties): moqlab.v1.ModelSummary;

            /**
             * Encodes the specified ModelSummary message. Does not implicitly {@link moqlab.v1.ModelSummary.verify|verify} messages.
             * @param message ModelSummary message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.ModelSummary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ModelSummary message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.ModelSummary & moqlab.v1.ModelSummary.$Shape} ModelSummary
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.ModelSummary & moqlab.v1.ModelSummary.$Shape;

            /**
             * Verifies a ModelSummary message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ModelSummary message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ModelSummary
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.ModelSummary;

            /**
             * Creates a plain object from a ModelSummary message. Also converts values to other types if specified.
             * @param message ModelSummary
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.ModelSummary, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ModelSummary to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ModelSummary {

            /** Properties of a ModelSummary. */
            interface $Properties {

                /** ModelSummary modelClass */
                modelClass?: (string|null);

                /** ModelSummary modules */
                modules?: (moqlab.v1.ModuleInfo.$Properties[]|null);

                /** ModelSummary numParameters */
                numParameters?: (number|null);

                /** ModelSummary numTrainable */
                numTrainable?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ModelSummary. */
            type $Shape = moqlab.v1.ModelSummary.$Properties;
        }

        /**
         * Properties of a LoadModelResult.
         * @deprecated Use moqlab.v1.LoadModelResult.$Properties instead.
         */
        interface ILoadModelResult extends moqlab.v1.LoadModelResult.$Properties {
        }

        /** Represents a LoadModelResult. */
        class LoadModelResult {

            /**
             * Constructs a new LoadModelResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.LoadModelResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LoadModelResult summary. */
            summary?: (moqlab.v1.ModelSummary.$Properties|null);

            /** LoadModelResult device. */
            device: string;

            /**
             * Creates a new LoadModelResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LoadModelResult instance
             */
            static create(properties: moqlab.v1.LoadModelResult.$Shape): moqlab.v1.LoadModelResult & moqlab.v1.LoadModelResult.$Shape;
            static create(properties?: moqlab.v1.LoadModelResult.$Properties): moqlab.v1.LoadModelResult;

            /**
             * Encodes the specified LoadModelResult message. Does not implicitly {@link moqlab.v1.LoadModelResult.verify|verify} messages.
             * @param message LoadModelResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.LoadModelResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LoadModelResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.LoadModelResult & moqlab.v1.LoadModelResult.$Shape} LoadModelResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.LoadModelResult & moqlab.v1.LoadModelResult.$Shape;

            /**
             * Verifies a LoadModelResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LoadModelResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LoadModelResult
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.LoadModelResult;

            /**
             * Creates a plain object from a LoadModelResult message. Also converts values to other types if specified.
             * @param message LoadModelResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.LoadModelResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LoadModelResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace LoadModelResult {

            /** Properties of a LoadModelResult. */
            interface $Properties {

                /** LoadModelResult summary */
                summary?: (moqlab.v1.ModelSummary.$Properties|null);

                /** LoadModelResult device */
                device?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LoadModelResult. */
            type $Shape = moqlab.v1.LoadModelResult.$Properties;
        }

        /** TaskType enum. */
        enum TaskType {

            /** TASK_TYPE_UNSPECIFIED value */
            TASK_TYPE_UNSPECIFIED = 0,

            /** TASK_TYPE_CLASSIFICATION value */
            TASK_TYPE_CLASSIFICATION = 1,

            /** TASK_TYPE_REGRESSION value */
            TASK_TYPE_REGRESSION = 2
        }

        /**
         * Properties of a DataSpec.
         * @deprecated Use moqlab.v1.DataSpec.$Properties instead.
         */
        interface IDataSpec extends moqlab.v1.DataSpec.$Properties {
        }

        /** Represents a DataSpec. */
        class DataSpec {

            /**
             * Constructs a new DataSpec.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.DataSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DataSpec name. */
            name: string;

            /** DataSpec path. */
            path: string;

            /** DataSpec task. */
            task: string;

            /** DataSpec vocabPath. */
            vocabPath: string;

            /** DataSpec maxSeqLen. */
            maxSeqLen: number;

            /** DataSpec maxTrainExamples. */
            maxTrainExamples: number;

            /** DataSpec maxEvalExamples. */
            maxEvalExamples: number;

            /** DataSpec trainPath. */
            trainPath: string;

            /** DataSpec evalPath. */
            evalPath: string;

            /** DataSpec textColumns. */
            textColumns: string[];

            /** DataSpec labelColumn. */
            labelColumn: string;

            /** DataSpec taskType. */
            taskType: moqlab.v1.TaskType;

            /** DataSpec labels. */
            labels: string[];

            /** DataSpec format. */
            format: string;

            /** DataSpec strict. */
            strict: boolean;

            /**
             * Creates a new DataSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DataSpec instance
             */
            static create(properties: moqlab.v1.DataSpec.$Shape): moqlab.v1.DataSpec & moqlab.v1.DataSpec.$Shape;
            static create(properties?: moqlab.v1.DataSpec.$Properties): moqlab.v1.DataSpec;

            /**
             * Encodes the specified DataSpec message. Does not implicitly {@link moqlab.v1.DataSpec.verify|verify} messages.
             * @param message DataSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.DataSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DataSpec message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.DataSpec & moqlab.v1.DataSpec.$Shape} DataSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.DataSpec & moqlab.v1.DataSpec.$Shape;

            /**
             * Verifies a DataSpec message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DataSpec message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DataSpec
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.DataSpec;

            /**
             * Creates a plain object from a DataSpec message. Also converts values to other types if specified.
             * @param message DataSpec
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.DataSpec, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DataSpec to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace DataSpec {

            /** Properties of a DataSpec. */
            interface $Properties {

                /** DataSpec name */
                name?: (string|null);

                /** DataSpec path */
                path?: (string|null);

                /** DataSpec task */
                task?: (string|null);

                /** DataSpec vocabPath */
                vocabPath?: (string|null);

                /** DataSpec maxSeqLen */
                maxSeqLen?: (number|null);

                /** DataSpec maxTrainExamples */
                maxTrainExamples?: (number|null);

                /** DataSpec maxEvalExamples */
                maxEvalExamples?: (number|null);

                /** DataSpec trainPath */
                trainPath?: (string|null);

                /** DataSpec evalPath */
                evalPath?: (string|null);

                /** DataSpec textColumns */
                textColumns?: (string[]|null);

                /** DataSpec labelColumn */
                labelColumn?: (string|null);

                /** DataSpec taskType */
                taskType?: (moqlab.v1.TaskType|null);

                /** DataSpec labels */
                labels?: (string[]|null);

                /** DataSpec format */
                format?: (string|null);

                /** DataSpec strict */
                strict?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DataSpec. */
            type $Shape = moqlab.v1.DataSpec.$Properties;
        }

        /**
         * Properties of a LoadData.
         * @deprecated Use moqlab.v1.LoadData.$Properties instead.
         */
        interface ILoadData extends moqlab.v1.LoadData.$Properties {
        }

        /** Represents a LoadData. */
        class LoadData {

            /**
             * Constructs a new LoadData.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.LoadData.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LoadData spec. */
            spec?: (moqlab.v1.DataSpec.$Properties|null);

            /** LoadData seed. */
            seed: number;

            /** LoadData tokenizerModel. */
            tokenizerModel?: (moqlab.v1.ModelSpec.$Properties|null);

            /**
             * Creates a new LoadData instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LoadData instance
             */
            static create(properties: moqlab.v1.LoadData.$Shape): moqlab.v1.LoadData & moqlab.v1.LoadData.$Shape;
            static create(properties?: moqlab.v1.LoadData.$Properties): moqlab.v1.LoadData;

            /**
             * Encodes the specified LoadData message. Does not implicitly {@link moqlab.v1.LoadData.verify|verify} messages.
             * @param message LoadData message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.LoadData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LoadData message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.LoadData & moqlab.v1.LoadData.$Shape} LoadData
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.LoadData & moqlab.v1.LoadData.$Shape;

            /**
             * Verifies a LoadData message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LoadData message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LoadData
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.LoadData;

            /**
             * Creates a plain object from a LoadData message. Also converts values to other types if specified.
             * @param message LoadData
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.LoadData, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LoadData to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace LoadData {

            /** Properties of a LoadData. */
            interface $Properties {

                /** LoadData spec */
                spec?: (moqlab.v1.DataSpec.$Properties|null);

                /** LoadData seed */
                seed?: (number|null);

                /** LoadData tokenizerModel */
                tokenizerModel?: (moqlab.v1.ModelSpec.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LoadData. */
            type $Shape = moqlab.v1.LoadData.$Properties;
        }

        /**
         * Properties of a LoadDataResult.
         * @deprecated Use moqlab.v1.LoadDataResult.$Properties instead.
         */
        interface ILoadDataResult extends moqlab.v1.LoadDataResult.$Properties {
        }

        /** Represents a LoadDataResult. */
        class LoadDataResult {

            /**
             * Constructs a new LoadDataResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.LoadDataResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LoadDataResult trainExamples. */
            trainExamples: number;

            /** LoadDataResult evalExamples. */
            evalExamples: number;

            /** LoadDataResult numLabels. */
            numLabels: number;

            /** LoadDataResult taskType. */
            taskType: moqlab.v1.TaskType;

            /** LoadDataResult metrics. */
            metrics: string[];

            /** LoadDataResult evalSplit. */
            evalSplit: string;

            /** LoadDataResult source. */
            source: string;

            /** LoadDataResult tokenizer. */
            tokenizer: string;

            /** LoadDataResult labels. */
            labels: string[];

            /** LoadDataResult dropped. */
            dropped: moqlab.v1.DroppedRows.$Properties[];

            /**
             * Creates a new LoadDataResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LoadDataResult instance
             */
            static create(properties: moqlab.v1.LoadDataResult.$Shape): moqlab.v1.LoadDataResult & moqlab.v1.LoadDataResult.$Shape;
            static create(properties?: moqlab.v1.LoadDataResult.$Properties): moqlab.v1.LoadDataResult;

            /**
             * Encodes the specified LoadDataResult message. Does not implicitly {@link moqlab.v1.LoadDataResult.verify|verify} messages.
             * @param message LoadDataResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.LoadDataResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LoadDataResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.LoadDataResult & moqlab.v1.LoadDataResult.$Shape} LoadDataResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.LoadDataResult & moqlab.v1.LoadDataResult.$Shape;

            /**
             * Verifies a LoadDataResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LoadDataResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LoadDataResult
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.LoadDataResult;

            /**
             * Creates a plain object from a LoadDataResult message. Also converts values to other types if specified.
             * @param message LoadDataResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.LoadDataResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LoadDataResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace LoadDataResult {

            /** Properties of a LoadDataResult. */
            interface $Properties {

                /** LoadDataResult trainExamples */
                trainExamples?: (number|null);

                /** LoadDataResult evalExamples */
                evalExamples?: (number|null);

                /** LoadDataResult numLabels */
                numLabels?: (number|null);

                /** LoadDataResult taskType */
                taskType?: (moqlab.v1.TaskType|null);

                /** LoadDataResult metrics */
                metrics?: (string[]|null);

                /** LoadDataResult evalSplit */
                evalSplit?: (string|null);

                /** LoadDataResult source */
                source?: (string|null);

                /** LoadDataResult tokenizer */
                tokenizer?: (string|null);

                /** LoadDataResult labels */
                labels?: (string[]|null);

                /** LoadDataResult dropped */
                dropped?: (moqlab.v1.DroppedRows.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LoadDataResult. */
            type $Shape = moqlab.v1.LoadDataResult.$Properties;
        }

        /**
         * Properties of a DroppedRows.
         * @deprecated Use moqlab.v1.DroppedRows.$Properties instead.
         */
        interface IDroppedRows extends moqlab.v1.DroppedRows.$Properties {
        }

        /** Represents a DroppedRows. */
        class DroppedRows {

            /**
             * Constructs a new DroppedRows.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.DroppedRows.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DroppedRows path. */
            path: string;

            /** DroppedRows rows. */
            rows: number;

            /** DroppedRows total. */
            total: number;

            /** DroppedRows firstAt. */
            firstAt: string;

            /** DroppedRows reason. */
            reason: string;

            /** DroppedRows action. */
            action: string;

            /**
             * Creates a new DroppedRows instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DroppedRows instance
             */
            static create(properties: moqlab.v1.DroppedRows.$Shape): moqlab.v1.DroppedRows & moqlab.v1.DroppedRows.$Shape;
            static create(properties?: moqlab.v1.DroppedRows.$Properties): moqlab.v1.DroppedRows;

            /**
             * Encodes the specified DroppedRows message. Does not implicitly {@link moqlab.v1.DroppedRows.verify|verify} messages.
             * @param message DroppedRows message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.DroppedRows.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DroppedRows message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.DroppedRows & moqlab.v1.DroppedRows.$Shape} DroppedRows
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.DroppedRows & moqlab.v1.DroppedRows.$Shape;

            /**
             * Verifies a DroppedRows message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DroppedRows message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DroppedRows
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.DroppedRows;

            /**
             * Creates a plain object from a DroppedRows message. Also converts values to other types if specified.
             * @param message DroppedRows
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.DroppedRows, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DroppedRows to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace DroppedRows {

            /** Properties of a DroppedRows. */
            interface $Properties {

                /** DroppedRows path */
                path?: (string|null);

                /** DroppedRows rows */
                rows?: (number|null);

                /** DroppedRows total */
                total?: (number|null);

                /** DroppedRows firstAt */
                firstAt?: (string|null);

                /** DroppedRows reason */
                reason?: (string|null);

                /** DroppedRows action */
                action?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DroppedRows. */
            type $Shape = moqlab.v1.DroppedRows.$Properties;
        }

        /** Precision enum. */
        enum Precision {

            /** PRECISION_UNSPECIFIED value */
            PRECISION_UNSPECIFIED = 0,

            /** PRECISION_FP32 value */
            PRECISION_FP32 = 1,

            /** PRECISION_FP16 value */
            PRECISION_FP16 = 2,

            /** PRECISION_BF16 value */
            PRECISION_BF16 = 3
        }

        /** NonfinitePolicy enum. */
        enum NonfinitePolicy {

            /** NONFINITE_POLICY_UNSPECIFIED value */
            NONFINITE_POLICY_UNSPECIFIED = 0,

            /** NONFINITE_POLICY_FAIL value */
            NONFINITE_POLICY_FAIL = 1,

            /** NONFINITE_POLICY_SKIP_STEP value */
            NONFINITE_POLICY_SKIP_STEP = 2
        }

        /** DataParallel enum. */
        enum DataParallel {

            /** DATA_PARALLEL_UNSPECIFIED value */
            DATA_PARALLEL_UNSPECIFIED = 0,

            /** DATA_PARALLEL_DDP value */
            DATA_PARALLEL_DDP = 1,

            /** DATA_PARALLEL_FSDP value */
            DATA_PARALLEL_FSDP = 2
        }

        /**
         * Properties of a ConfigureTraining.
         * @deprecated Use moqlab.v1.ConfigureTraining.$Properties instead.
         */
        interface IConfigureTraining extends moqlab.v1.ConfigureTraining.$Properties {
        }

        /** Represents a ConfigureTraining. */
        class ConfigureTraining {

            /**
             * Constructs a new ConfigureTraining.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.ConfigureTraining.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConfigureTraining lr. */
            lr: number;

            /** ConfigureTraining weightDecay. */
            weightDecay: number;

            /** ConfigureTraining beta1. */
            beta1: number;

            /** ConfigureTraining beta2. */
            beta2: number;

            /** ConfigureTraining eps. */
            eps: number;

            /** ConfigureTraining warmupSteps. */
            warmupSteps: number;

            /** ConfigureTraining totalSteps. */
            totalSteps: number;

            /** ConfigureTraining batchSize. */
            batchSize: number;

            /** ConfigureTraining gradientAccumulationSteps. */
            gradientAccumulationSteps: number;

            /** ConfigureTraining maxGradNorm. */
            maxGradNorm: number;

            /** ConfigureTraining precision. */
            precision: moqlab.v1.Precision;

            /** ConfigureTraining seed. */
            seed: number;

            /** ConfigureTraining initialLossScale. */
            initialLossScale: number;

            /** ConfigureTraining lossScaleWindow. */
            lossScaleWindow: number;

            /** ConfigureTraining numThreads. */
            numThreads: number;

            /** ConfigureTraining onNonfinite. */
            onNonfinite: moqlab.v1.NonfinitePolicy;

            /** ConfigureTraining maxNonfiniteSteps. */
            maxNonfiniteSteps: number;

            /** ConfigureTraining dataParallel. */
            dataParallel: moqlab.v1.DataParallel;

            /**
             * Creates a new ConfigureTraining instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConfigureTraining instance
             */
            static create(properties: moqlab.v1.ConfigureTraining.$Shape): moqlab.v1.ConfigureTraining & moqlab.v1.ConfigureTraining.$Shape;
            static create(properties?: moqlab.v1.ConfigureTraining.$Properties): moqlab.v1.ConfigureTraining;

            /**
             * Encodes the specified ConfigureTraining message. Does not implicitly {@link moqlab.v1.ConfigureTraining.verify|verify} messages.
             * @param message ConfigureTraining message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.ConfigureTraining.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConfigureTraining message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.ConfigureTraining & moqlab.v1.ConfigureTraining.$Shape} ConfigureTraining
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.ConfigureTraining & moqlab.v1.ConfigureTraining.$Shape;

            /**
             * Verifies a ConfigureTraining message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ConfigureTraining message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConfigureTraining
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.ConfigureTraining;

            /**
             * Creates a plain object from a ConfigureTraining message. Also converts values to other types if specified.
             * @param message ConfigureTraining
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.ConfigureTraining, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConfigureTraining to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ConfigureTraining {

            /** Properties of a ConfigureTraining. */
            interface $Properties {

                /** ConfigureTraining lr */
                lr?: (number|null);

                /** ConfigureTraining weightDecay */
                weightDecay?: (number|null);

                /** ConfigureTraining beta1 */
                beta1?: (number|null);

                /** ConfigureTraining beta2 */
                beta2?: (number|null);

                /** ConfigureTraining eps */
                eps?: (number|null);

                /** ConfigureTraining warmupSteps */
                warmupSteps?: (number|null);

                /** ConfigureTraining totalSteps */
                totalSteps?: (number|null);

                /** ConfigureTraining batchSize */
                batchSize?: (number|null);

                /** ConfigureTraining gradientAccumulationSteps */
                gradientAccumulationSteps?: (number|null);

                /** ConfigureTraining maxGradNorm */
                maxGradNorm?: (number|null);

                /** ConfigureTraining precision */
                precision?: (moqlab.v1.Precision|null);

                /** ConfigureTraining seed */
                seed?: (number|null);

                /** ConfigureTraining initialLossScale */
                initialLossScale?: (number|null);

                /** ConfigureTraining lossScaleWindow */
                lossScaleWindow?: (number|null);

                /** ConfigureTraining numThreads */
                numThreads?: (number|null);

                /** ConfigureTraining onNonfinite */
                onNonfinite?: (moqlab.v1.NonfinitePolicy|null);

                /** ConfigureTraining maxNonfiniteSteps */
                maxNonfiniteSteps?: (number|null);

                /** ConfigureTraining dataParallel */
                dataParallel?: (moqlab.v1.DataParallel|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConfigureTraining. */
            type $Shape = moqlab.v1.ConfigureTraining.$Properties;
        }

        /**
         * Properties of a ConfigureTrainingResult.
         * @deprecated Use moqlab.v1.ConfigureTrainingResult.$Properties instead.
         */
        interface IConfigureTrainingResult extends moqlab.v1.ConfigureTrainingResult.$Properties {
        }

        /** Represents a ConfigureTrainingResult. */
        class ConfigureTrainingResult {

            /**
             * Constructs a new ConfigureTrainingResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.ConfigureTrainingResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConfigureTrainingResult device. */
            device: string;

            /** ConfigureTrainingResult workingDtype. */
            workingDtype: string;

            /**
             * Creates a new ConfigureTrainingResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConfigureTrainingResult instance
             */
            static create(properties: moqlab.v1.ConfigureTrainingResult.$Shape): moqlab.v1.ConfigureTrainingResult & moqlab.v1.ConfigureTrainingResult.$Shape;
            static create(properties?: moqlab.v1.ConfigureTrainingResult.$Properties): moqlab.v1.ConfigureTrainingResult;

            /**
             * Encodes the specified ConfigureTrainingResult message. Does not implicitly {@link moqlab.v1.ConfigureTrainingResult.verify|verify} messages.
             * @param message ConfigureTrainingResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.ConfigureTrainingResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConfigureTrainingResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.ConfigureTrainingResult & moqlab.v1.ConfigureTrainingResult.$Shape} ConfigureTrainingResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.ConfigureTrainingResult & moqlab.v1.ConfigureTrainingResult.$Shape;

            /**
             * Verifies a ConfigureTrainingResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ConfigureTrainingResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConfigureTrainingResult
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.ConfigureTrainingResult;

            /**
             * Creates a plain object from a ConfigureTrainingResult message. Also converts values to other types if specified.
             * @param message ConfigureTrainingResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.ConfigureTrainingResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConfigureTrainingResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ConfigureTrainingResult {

            /** Properties of a ConfigureTrainingResult. */
            interface $Properties {

                /** ConfigureTrainingResult device */
                device?: (string|null);

                /** ConfigureTrainingResult workingDtype */
                workingDtype?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConfigureTrainingResult. */
            type $Shape = moqlab.v1.ConfigureTrainingResult.$Properties;
        }

        /** QuantType enum. */
        enum QuantType {

            /** QUANT_TYPE_UNSPECIFIED value */
            QUANT_TYPE_UNSPECIFIED = 0,

            /** QUANT_TYPE_SYMMETRIC value */
            QUANT_TYPE_SYMMETRIC = 1,

            /** QUANT_TYPE_ASYMMETRIC value */
            QUANT_TYPE_ASYMMETRIC = 2
        }

        /** QuantRounding enum. */
        enum QuantRounding {

            /** QUANT_ROUNDING_UNSPECIFIED value */
            QUANT_ROUNDING_UNSPECIFIED = 0,

            /** QUANT_ROUNDING_NEAREST value */
            QUANT_ROUNDING_NEAREST = 1,

            /** QUANT_ROUNDING_STOCHASTIC value */
            QUANT_ROUNDING_STOCHASTIC = 2
        }

        /** QuantGrid enum. */
        enum QuantGrid {

            /** QUANT_GRID_UNSPECIFIED value */
            QUANT_GRID_UNSPECIFIED = 0,

            /** QUANT_GRID_STANDARD value */
            QUANT_GRID_STANDARD = 1,

            /** QUANT_GRID_DEEPSPEED value */
            QUANT_GRID_DEEPSPEED = 2
        }

        /**
         * Properties of a QuantizedTensorSpec.
         * @deprecated Use moqlab.v1.QuantizedTensorSpec.$Properties instead.
         */
        interface IQuantizedTensorSpec extends moqlab.v1.QuantizedTensorSpec.$Properties {
        }

        /** Represents a QuantizedTensorSpec. */
        class QuantizedTensorSpec {

            /**
             * Constructs a new QuantizedTensorSpec.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.QuantizedTensorSpec.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** QuantizedTensorSpec name. */
            name: string;

            /** QuantizedTensorSpec index. */
            index: number;

            /** QuantizedTensorSpec quantizeGroups. */
            quantizeGroups: number;

            /** QuantizedTensorSpec groupSize. */
            groupSize: number;

            /** QuantizedTensorSpec rounding. */
            rounding: moqlab.v1.QuantRounding;

            /** QuantizedTensorSpec grid. */
            grid: moqlab.v1.QuantGrid;

            /** QuantizedTensorSpec qType. */
            qType: moqlab.v1.QuantType;

            /**
             * Creates a new QuantizedTensorSpec instance using the specified properties.
             * @param [properties] Properties to set
             * @returns QuantizedTensorSpec instance
             */
            static create(properties: moqlab.v1.QuantizedTensorSpec.$Shape): moqlab.v1.QuantizedTensorSpec & moqlab.v1.QuantizedTensorSpec.$Shape;
            static create(properties?: moqlab.v1.QuantizedTensorSpec.$Properties): moqlab.v1.QuantizedTensorSpec;

            /**
             * Encodes the specified QuantizedTensorSpec message. Does not implicitly {@link moqlab.v1.QuantizedTensorSpec.verify|verify} messages.
             * @param message QuantizedTensorSpec message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.QuantizedTensorSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a QuantizedTensorSpec message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.QuantizedTensorSpec & moqlab.v1.QuantizedTensorSpec.$Shape} QuantizedTensorSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.QuantizedTensorSpec & moqlab.v1.QuantizedTensorSpec.$Shape;

            /**
             * Verifies a QuantizedTensorSpec message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a QuantizedTensorSpec message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns QuantizedTensorSpec
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.QuantizedTensorSpec;

            /**
             * Creates a plain object from a QuantizedTensorSpec message. Also converts values to other types if specified.
             * @param message QuantizedTensorSpec
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.QuantizedTensorSpec, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this QuantizedTensorSpec to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace QuantizedTensorSpec {

            /** Properties of a QuantizedTensorSpec. */
            interface $Properties {

                /** QuantizedTensorSpec name */
                name?: (string|null);

                /** QuantizedTensorSpec index */
                index?: (number|null);

                /** QuantizedTensorSpec quantizeGroups */
                quantizeGroups?: (number|null);

                /** QuantizedTensorSpec groupSize */
                groupSize?: (number|null);

                /** QuantizedTensorSpec rounding */
                rounding?: (moqlab.v1.QuantRounding|null);

                /** QuantizedTensorSpec grid */
                grid?: (moqlab.v1.QuantGrid|null);

                /** QuantizedTensorSpec qType */
                qType?: (moqlab.v1.QuantType|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a QuantizedTensorSpec. */
            type $Shape = moqlab.v1.QuantizedTensorSpec.$Properties;
        }

        /** QuantizerKernel enum. */
        enum QuantizerKernel {

            /** QUANTIZER_KERNEL_UNSPECIFIED value */
            QUANTIZER_KERNEL_UNSPECIFIED = 0,

            /** QUANTIZER_KERNEL_PYTORCH value */
            QUANTIZER_KERNEL_PYTORCH = 1,

            /** QUANTIZER_KERNEL_FUSED value */
            QUANTIZER_KERNEL_FUSED = 2
        }

        /**
         * Properties of a ConfigureQuantization.
         * @deprecated Use moqlab.v1.ConfigureQuantization.$Properties instead.
         */
        interface IConfigureQuantization extends moqlab.v1.ConfigureQuantization.$Properties {
        }

        /** Represents a ConfigureQuantization. */
        class ConfigureQuantization {

            /**
             * Constructs a new ConfigureQuantization.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.ConfigureQuantization.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConfigureQuantization tensors. */
            tensors: moqlab.v1.QuantizedTensorSpec.$Properties[];

            /** ConfigureQuantization seed. */
            seed: number;

            /** ConfigureQuantization quantizerKernel. */
            quantizerKernel: moqlab.v1.QuantizerKernel;

            /**
             * Creates a new ConfigureQuantization instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConfigureQuantization instance
             */
            static create(properties: moqlab.v1.ConfigureQuantization.$Shape): moqlab.v1.ConfigureQuantization & moqlab.v1.ConfigureQuantization.$Shape;
            static create(properties?: moqlab.v1.ConfigureQuantization.$Properties): moqlab.v1.ConfigureQuantization;

            /**
             * Encodes the specified ConfigureQuantization message. Does not implicitly {@link moqlab.v1.ConfigureQuantization.verify|verify} messages.
             * @param message ConfigureQuantization message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.ConfigureQuantization.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConfigureQuantization message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.ConfigureQuantization & moqlab.v1.ConfigureQuantization.$Shape} ConfigureQuantization
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.ConfigureQuantization & moqlab.v1.ConfigureQuantization.$Shape;

            /**
             * Verifies a ConfigureQuantization message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ConfigureQuantization message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConfigureQuantization
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.ConfigureQuantization;

            /**
             * Creates a plain object from a ConfigureQuantization message. Also converts values to other types if specified.
             * @param message ConfigureQuantization
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.ConfigureQuantization, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConfigureQuantization to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ConfigureQuantization {

            /** Properties of a ConfigureQuantization. */
            interface $Properties {

                /** ConfigureQuantization tensors */
                tensors?: (moqlab.v1.QuantizedTensorSpec.$Properties[]|null);

                /** ConfigureQuantization seed */
                seed?: (number|null);

                /** ConfigureQuantization quantizerKernel */
                quantizerKernel?: (moqlab.v1.QuantizerKernel|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConfigureQuantization. */
            type $Shape = moqlab.v1.ConfigureQuantization.$Properties;
        }

        /**
         * Properties of a ConfigureQuantizationResult.
         * @deprecated Use moqlab.v1.ConfigureQuantizationResult.$Properties instead.
         */
        interface IConfigureQuantizationResult extends moqlab.v1.ConfigureQuantizationResult.$Properties {
        }

        /** Represents a ConfigureQuantizationResult. */
        class ConfigureQuantizationResult {

            /**
             * Constructs a new ConfigureQuantizationResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.ConfigureQuantizationResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConfigureQuantizationResult quantizedParameters. */
            quantizedParameters: number;

            /**
             * Creates a new ConfigureQuantizationResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConfigureQuantizationResult instance
             */
            static create(properties: moqlab.v1.ConfigureQuantizationResult.$Shape): moqlab.v1.ConfigureQuantizationResult & moqlab.v1.ConfigureQuantizationResult.$Shape;
            static create(properties?: moqlab.v1.ConfigureQuantizationResult.$Properties): moqlab.v1.ConfigureQuantizationResult;

            /**
             * Encodes the specified ConfigureQuantizationResult message. Does not implicitly {@link moqlab.v1.ConfigureQuantizationResult.verify|verify} messages.
             * @param message ConfigureQuantizationResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.ConfigureQuantizationResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConfigureQuantizationResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.ConfigureQuantizationResult & moqlab.v1.ConfigureQuantizationResult.$Shape} ConfigureQuantizationResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.ConfigureQuantizationResult & moqlab.v1.ConfigureQuantizationResult.$Shape;

            /**
             * Verifies a ConfigureQuantizationResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ConfigureQuantizationResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConfigureQuantizationResult
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.ConfigureQuantizationResult;

            /**
             * Creates a plain object from a ConfigureQuantizationResult message. Also converts values to other types if specified.
             * @param message ConfigureQuantizationResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.ConfigureQuantizationResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConfigureQuantizationResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ConfigureQuantizationResult {

            /** Properties of a ConfigureQuantizationResult. */
            interface $Properties {

                /** ConfigureQuantizationResult quantizedParameters */
                quantizedParameters?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConfigureQuantizationResult. */
            type $Shape = moqlab.v1.ConfigureQuantizationResult.$Properties;
        }

        /**
         * Properties of a LayerPlan.
         * @deprecated Use moqlab.v1.LayerPlan.$Properties instead.
         */
        interface ILayerPlan extends moqlab.v1.LayerPlan.$Properties {
        }

        /** Represents a LayerPlan. */
        class LayerPlan {

            /**
             * Constructs a new LayerPlan.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.LayerPlan.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LayerPlan name. */
            name: string;

            /** LayerPlan bits. */
            bits: number;

            /** LayerPlan mixing. */
            mixing: boolean;

            /** LayerPlan mixCount. */
            mixCount: number;

            /** LayerPlan changeRatio. */
            changeRatio: number;

            /** LayerPlan reportError. */
            reportError: boolean;

            /**
             * Creates a new LayerPlan instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LayerPlan instance
             */
            static create(properties: moqlab.v1.LayerPlan.$Shape): moqlab.v1.LayerPlan & moqlab.v1.LayerPlan.$Shape;
            static create(properties?: moqlab.v1.LayerPlan.$Properties): moqlab.v1.LayerPlan;

            /**
             * Encodes the specified LayerPlan message. Does not implicitly {@link moqlab.v1.LayerPlan.verify|verify} messages.
             * @param message LayerPlan message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.LayerPlan.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LayerPlan message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.LayerPlan & moqlab.v1.LayerPlan.$Shape} LayerPlan
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.LayerPlan & moqlab.v1.LayerPlan.$Shape;

            /**
             * Verifies a LayerPlan message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LayerPlan message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LayerPlan
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.LayerPlan;

            /**
             * Creates a plain object from a LayerPlan message. Also converts values to other types if specified.
             * @param message LayerPlan
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.LayerPlan, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LayerPlan to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace LayerPlan {

            /** Properties of a LayerPlan. */
            interface $Properties {

                /** LayerPlan name */
                name?: (string|null);

                /** LayerPlan bits */
                bits?: (number|null);

                /** LayerPlan mixing */
                mixing?: (boolean|null);

                /** LayerPlan mixCount */
                mixCount?: (number|null);

                /** LayerPlan changeRatio */
                changeRatio?: (number|null);

                /** LayerPlan reportError */
                reportError?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LayerPlan. */
            type $Shape = moqlab.v1.LayerPlan.$Properties;
        }

        /**
         * Properties of a RunSegment.
         * @deprecated Use moqlab.v1.RunSegment.$Properties instead.
         */
        interface IRunSegment extends moqlab.v1.RunSegment.$Properties {
        }

        /** Represents a RunSegment. */
        class RunSegment {

            /**
             * Constructs a new RunSegment.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.RunSegment.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RunSegment numSteps. */
            numSteps: number;

            /** RunSegment plan. */
            plan: moqlab.v1.LayerPlan.$Properties[];

            /** RunSegment quantCounter. */
            quantCounter: number;

            /**
             * Creates a new RunSegment instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RunSegment instance
             */
            static create(properties: moqlab.v1.RunSegment.$Shape): moqlab.v1.RunSegment & moqlab.v1.RunSegment.$Shape;
            static create(properties?: moqlab.v1.RunSegment.$Properties): moqlab.v1.RunSegment;

            /**
             * Encodes the specified RunSegment message. Does not implicitly {@link moqlab.v1.RunSegment.verify|verify} messages.
             * @param message RunSegment message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.RunSegment.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RunSegment message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.RunSegment & moqlab.v1.RunSegment.$Shape} RunSegment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.RunSegment & moqlab.v1.RunSegment.$Shape;

            /**
             * Verifies a RunSegment message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RunSegment message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RunSegment
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.RunSegment;

            /**
             * Creates a plain object from a RunSegment message. Also converts values to other types if specified.
             * @param message RunSegment
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.RunSegment, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RunSegment to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RunSegment {

            /** Properties of a RunSegment. */
            interface $Properties {

                /** RunSegment numSteps */
                numSteps?: (number|null);

                /** RunSegment plan */
                plan?: (moqlab.v1.LayerPlan.$Properties[]|null);

                /** RunSegment quantCounter */
                quantCounter?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RunSegment. */
            type $Shape = moqlab.v1.RunSegment.$Properties;
        }

        /**
         * Properties of a RunSegmentResult.
         * @deprecated Use moqlab.v1.RunSegmentResult.$Properties instead.
         */
        interface IRunSegmentResult extends moqlab.v1.RunSegmentResult.$Properties {
        }

        /** Represents a RunSegmentResult. */
        class RunSegmentResult {

            /**
             * Constructs a new RunSegmentResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.RunSegmentResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RunSegmentResult optimizerStep. */
            optimizerStep: number;

            /** RunSegmentResult stepsRun. */
            stepsRun: number;

            /** RunSegmentResult skippedSteps. */
            skippedSteps: number;

            /** RunSegmentResult meanLoss. */
            meanLoss: number;

            /** RunSegmentResult seconds. */
            seconds: number;

            /** RunSegmentResult examples. */
            examples: number;

            /** RunSegmentResult epoch. */
            epoch: number;

            /** RunSegmentResult nonfiniteSteps. */
            nonfiniteSteps: number;

            /**
             * Creates a new RunSegmentResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RunSegmentResult instance
             */
            static create(properties: moqlab.v1.RunSegmentResult.$Shape): moqlab.v1.RunSegmentResult & moqlab.v1.RunSegmentResult.$Shape;
            static create(properties?: moqlab.v1.RunSegmentResult.$Properties): moqlab.v1.RunSegmentResult;

            /**
             * Encodes the specified RunSegmentResult message. Does not implicitly {@link moqlab.v1.RunSegmentResult.verify|verify} messages.
             * @param message RunSegmentResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.RunSegmentResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RunSegmentResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.RunSegmentResult & moqlab.v1.RunSegmentResult.$Shape} RunSegmentResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.RunSegmentResult & moqlab.v1.RunSegmentResult.$Shape;

            /**
             * Verifies a RunSegmentResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RunSegmentResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RunSegmentResult
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.RunSegmentResult;

            /**
             * Creates a plain object from a RunSegmentResult message. Also converts values to other types if specified.
             * @param message RunSegmentResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.RunSegmentResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RunSegmentResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RunSegmentResult {

            /** Properties of a RunSegmentResult. */
            interface $Properties {

                /** RunSegmentResult optimizerStep */
                optimizerStep?: (number|null);

                /** RunSegmentResult stepsRun */
                stepsRun?: (number|null);

                /** RunSegmentResult skippedSteps */
                skippedSteps?: (number|null);

                /** RunSegmentResult meanLoss */
                meanLoss?: (number|null);

                /** RunSegmentResult seconds */
                seconds?: (number|null);

                /** RunSegmentResult examples */
                examples?: (number|null);

                /** RunSegmentResult epoch */
                epoch?: (number|null);

                /** RunSegmentResult nonfiniteSteps */
                nonfiniteSteps?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RunSegmentResult. */
            type $Shape = moqlab.v1.RunSegmentResult.$Properties;
        }

        /**
         * Properties of an Evaluate.
         * @deprecated Use moqlab.v1.Evaluate.$Properties instead.
         */
        interface IEvaluate extends moqlab.v1.Evaluate.$Properties {
        }

        /** Represents an Evaluate. */
        class Evaluate {

            /**
             * Constructs a new Evaluate.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.Evaluate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Evaluate batchSize. */
            batchSize: number;

            /** Evaluate maxExamples. */
            maxExamples: number;

            /**
             * Creates a new Evaluate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Evaluate instance
             */
            static create(properties: moqlab.v1.Evaluate.$Shape): moqlab.v1.Evaluate & moqlab.v1.Evaluate.$Shape;
            static create(properties?: moqlab.v1.Evaluate.$Properties): moqlab.v1.Evaluate;

            /**
             * Encodes the specified Evaluate message. Does not implicitly {@link moqlab.v1.Evaluate.verify|verify} messages.
             * @param message Evaluate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.Evaluate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Evaluate message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.Evaluate & moqlab.v1.Evaluate.$Shape} Evaluate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.Evaluate & moqlab.v1.Evaluate.$Shape;

            /**
             * Verifies an Evaluate message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Evaluate message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Evaluate
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.Evaluate;

            /**
             * Creates a plain object from an Evaluate message. Also converts values to other types if specified.
             * @param message Evaluate
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.Evaluate, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Evaluate to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Evaluate {

            /** Properties of an Evaluate. */
            interface $Properties {

                /** Evaluate batchSize */
                batchSize?: (number|null);

                /** Evaluate maxExamples */
                maxExamples?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Evaluate. */
            type $Shape = moqlab.v1.Evaluate.$Properties;
        }

        /**
         * Properties of an EvaluateResult.
         * @deprecated Use moqlab.v1.EvaluateResult.$Properties instead.
         */
        interface IEvaluateResult extends moqlab.v1.EvaluateResult.$Properties {
        }

        /** Represents an EvaluateResult. */
        class EvaluateResult {

            /**
             * Constructs a new EvaluateResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.EvaluateResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** EvaluateResult metrics. */
            metrics: { [k: string]: number };

            /** EvaluateResult examples. */
            examples: number;

            /** EvaluateResult loss. */
            loss: number;

            /** EvaluateResult seconds. */
            seconds: number;

            /** EvaluateResult optimizerStep. */
            optimizerStep: number;

            /**
             * Creates a new EvaluateResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns EvaluateResult instance
             */
            static create(properties: moqlab.v1.EvaluateResult.$Shape): moqlab.v1.EvaluateResult & moqlab.v1.EvaluateResult.$Shape;
            static create(properties?: moqlab.v1.EvaluateResult.$Properties): moqlab.v1.EvaluateResult;

            /**
             * Encodes the specified EvaluateResult message. Does not implicitly {@link moqlab.v1.EvaluateResult.verify|verify} messages.
             * @param message EvaluateResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.EvaluateResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an EvaluateResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.EvaluateResult & moqlab.v1.EvaluateResult.$Shape} EvaluateResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.EvaluateResult & moqlab.v1.EvaluateResult.$Shape;

            /**
             * Verifies an EvaluateResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an EvaluateResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns EvaluateResult
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.EvaluateResult;

            /**
             * Creates a plain object from an EvaluateResult message. Also converts values to other types if specified.
             * @param message EvaluateResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.EvaluateResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this EvaluateResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace EvaluateResult {

            /** Properties of an EvaluateResult. */
            interface $Properties {

                /** EvaluateResult metrics */
                metrics?: ({ [k: string]: number }|null);

                /** EvaluateResult examples */
                examples?: (number|null);

                /** EvaluateResult loss */
                loss?: (number|null);

                /** EvaluateResult seconds */
                seconds?: (number|null);

                /** EvaluateResult optimizerStep */
                optimizerStep?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an EvaluateResult. */
            type $Shape = moqlab.v1.EvaluateResult.$Properties;
        }

        /**
         * Properties of a SaveCheckpoint.
         * @deprecated Use moqlab.v1.SaveCheckpoint.$Properties instead.
         */
        interface ISaveCheckpoint extends moqlab.v1.SaveCheckpoint.$Properties {
        }

        /** Represents a SaveCheckpoint. */
        class SaveCheckpoint {

            /**
             * Constructs a new SaveCheckpoint.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.SaveCheckpoint.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SaveCheckpoint path. */
            path: string;

            /** SaveCheckpoint controllerState. */
            controllerState: string;

            /**
             * Creates a new SaveCheckpoint instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SaveCheckpoint instance
             */
            static create(properties: moqlab.v1.SaveCheckpoint.$Shape): moqlab.v1.SaveCheckpoint & moqlab.v1.SaveCheckpoint.$Shape;
            static create(properties?: moqlab.v1.SaveCheckpoint.$Properties): moqlab.v1.SaveCheckpoint;

            /**
             * Encodes the specified SaveCheckpoint message. Does not implicitly {@link moqlab.v1.SaveCheckpoint.verify|verify} messages.
             * @param message SaveCheckpoint message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.SaveCheckpoint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SaveCheckpoint message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.SaveCheckpoint & moqlab.v1.SaveCheckpoint.$Shape} SaveCheckpoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.SaveCheckpoint & moqlab.v1.SaveCheckpoint.$Shape;

            /**
             * Verifies a SaveCheckpoint message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SaveCheckpoint message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SaveCheckpoint
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.SaveCheckpoint;

            /**
             * Creates a plain object from a SaveCheckpoint message. Also converts values to other types if specified.
             * @param message SaveCheckpoint
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.SaveCheckpoint, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SaveCheckpoint to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace SaveCheckpoint {

            /** Properties of a SaveCheckpoint. */
            interface $Properties {

                /** SaveCheckpoint path */
                path?: (string|null);

                /** SaveCheckpoint controllerState */
                controllerState?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SaveCheckpoint. */
            type $Shape = moqlab.v1.SaveCheckpoint.$Properties;
        }

        /**
         * Properties of a SaveCheckpointResult.
         * @deprecated Use moqlab.v1.SaveCheckpointResult.$Properties instead.
         */
        interface ISaveCheckpointResult extends moqlab.v1.SaveCheckpointResult.$Properties {
        }

        /** Represents a SaveCheckpointResult. */
        class SaveCheckpointResult {

            /**
             * Constructs a new SaveCheckpointResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.SaveCheckpointResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SaveCheckpointResult path. */
            path: string;

            /** SaveCheckpointResult bytes. */
            bytes: number;

            /** SaveCheckpointResult optimizerStep. */
            optimizerStep: number;

            /** SaveCheckpointResult sha256. */
            sha256: string;

            /**
             * Creates a new SaveCheckpointResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SaveCheckpointResult instance
             */
            static create(properties: moqlab.v1.SaveCheckpointResult.$Shape): moqlab.v1.SaveCheckpointResult & moqlab.v1.SaveCheckpointResult.$Shape;
            static create(properties?: moqlab.v1.SaveCheckpointResult.$Properties): moqlab.v1.SaveCheckpointResult;

            /**
             * Encodes the specified SaveCheckpointResult message. Does not implicitly {@link moqlab.v1.SaveCheckpointResult.verify|verify} messages.
             * @param message SaveCheckpointResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.SaveCheckpointResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SaveCheckpointResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.SaveCheckpointResult & moqlab.v1.SaveCheckpointResult.$Shape} SaveCheckpointResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.SaveCheckpointResult & moqlab.v1.SaveCheckpointResult.$Shape;

            /**
             * Verifies a SaveCheckpointResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SaveCheckpointResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SaveCheckpointResult
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.SaveCheckpointResult;

            /**
             * Creates a plain object from a SaveCheckpointResult message. Also converts values to other types if specified.
             * @param message SaveCheckpointResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.SaveCheckpointResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SaveCheckpointResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace SaveCheckpointResult {

            /** Properties of a SaveCheckpointResult. */
            interface $Properties {

                /** SaveCheckpointResult path */
                path?: (string|null);

                /** SaveCheckpointResult bytes */
                bytes?: (number|null);

                /** SaveCheckpointResult optimizerStep */
                optimizerStep?: (number|null);

                /** SaveCheckpointResult sha256 */
                sha256?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SaveCheckpointResult. */
            type $Shape = moqlab.v1.SaveCheckpointResult.$Properties;
        }

        /**
         * Properties of a LoadCheckpoint.
         * @deprecated Use moqlab.v1.LoadCheckpoint.$Properties instead.
         */
        interface ILoadCheckpoint extends moqlab.v1.LoadCheckpoint.$Properties {
        }

        /** Represents a LoadCheckpoint. */
        class LoadCheckpoint {

            /**
             * Constructs a new LoadCheckpoint.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.LoadCheckpoint.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LoadCheckpoint path. */
            path: string;

            /** LoadCheckpoint sha256. */
            sha256: string;

            /**
             * Creates a new LoadCheckpoint instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LoadCheckpoint instance
             */
            static create(properties: moqlab.v1.LoadCheckpoint.$Shape): moqlab.v1.LoadCheckpoint & moqlab.v1.LoadCheckpoint.$Shape;
            static create(properties?: moqlab.v1.LoadCheckpoint.$Properties): moqlab.v1.LoadCheckpoint;

            /**
             * Encodes the specified LoadCheckpoint message. Does not implicitly {@link moqlab.v1.LoadCheckpoint.verify|verify} messages.
             * @param message LoadCheckpoint message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.LoadCheckpoint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LoadCheckpoint message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.LoadCheckpoint & moqlab.v1.LoadCheckpoint.$Shape} LoadCheckpoint
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.LoadCheckpoint & moqlab.v1.LoadCheckpoint.$Shape;

            /**
             * Verifies a LoadCheckpoint message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LoadCheckpoint message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LoadCheckpoint
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.LoadCheckpoint;

            /**
             * Creates a plain object from a LoadCheckpoint message. Also converts values to other types if specified.
             * @param message LoadCheckpoint
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.LoadCheckpoint, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LoadCheckpoint to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace LoadCheckpoint {

            /** Properties of a LoadCheckpoint. */
            interface $Properties {

                /** LoadCheckpoint path */
                path?: (string|null);

                /** LoadCheckpoint sha256 */
                sha256?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LoadCheckpoint. */
            type $Shape = moqlab.v1.LoadCheckpoint.$Properties;
        }

        /**
         * Properties of a LoadCheckpointResult.
         * @deprecated Use moqlab.v1.LoadCheckpointResult.$Properties instead.
         */
        interface ILoadCheckpointResult extends moqlab.v1.LoadCheckpointResult.$Properties {
        }

        /** Represents a LoadCheckpointResult. */
        class LoadCheckpointResult {

            /**
             * Constructs a new LoadCheckpointResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.LoadCheckpointResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LoadCheckpointResult optimizerStep. */
            optimizerStep: number;

            /** LoadCheckpointResult controllerState. */
            controllerState: string;

            /**
             * Creates a new LoadCheckpointResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LoadCheckpointResult instance
             */
            static create(properties: moqlab.v1.LoadCheckpointResult.$Shape): moqlab.v1.LoadCheckpointResult & moqlab.v1.LoadCheckpointResult.$Shape;
            static create(properties?: moqlab.v1.LoadCheckpointResult.$Properties): moqlab.v1.LoadCheckpointResult;

            /**
             * Encodes the specified LoadCheckpointResult message. Does not implicitly {@link moqlab.v1.LoadCheckpointResult.verify|verify} messages.
             * @param message LoadCheckpointResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.LoadCheckpointResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LoadCheckpointResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.LoadCheckpointResult & moqlab.v1.LoadCheckpointResult.$Shape} LoadCheckpointResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.LoadCheckpointResult & moqlab.v1.LoadCheckpointResult.$Shape;

            /**
             * Verifies a LoadCheckpointResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LoadCheckpointResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LoadCheckpointResult
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.LoadCheckpointResult;

            /**
             * Creates a plain object from a LoadCheckpointResult message. Also converts values to other types if specified.
             * @param message LoadCheckpointResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.LoadCheckpointResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LoadCheckpointResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace LoadCheckpointResult {

            /** Properties of a LoadCheckpointResult. */
            interface $Properties {

                /** LoadCheckpointResult optimizerStep */
                optimizerStep?: (number|null);

                /** LoadCheckpointResult controllerState */
                controllerState?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LoadCheckpointResult. */
            type $Shape = moqlab.v1.LoadCheckpointResult.$Properties;
        }

        /**
         * Properties of a ResolveBlocks.
         * @deprecated Use moqlab.v1.ResolveBlocks.$Properties instead.
         */
        interface IResolveBlocks extends moqlab.v1.ResolveBlocks.$Properties {
        }

        /** Represents a ResolveBlocks. */
        class ResolveBlocks {

            /**
             * Constructs a new ResolveBlocks.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.ResolveBlocks.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ResolveBlocks layerName. */
            layerName: string;

            /** ResolveBlocks layerNum. */
            layerNum: number;

            /**
             * Creates a new ResolveBlocks instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ResolveBlocks instance
             */
            static create(properties: moqlab.v1.ResolveBlocks.$Shape): moqlab.v1.ResolveBlocks & moqlab.v1.ResolveBlocks.$Shape;
            static create(properties?: moqlab.v1.ResolveBlocks.$Properties): moqlab.v1.ResolveBlocks;

            /**
             * Encodes the specified ResolveBlocks message. Does not implicitly {@link moqlab.v1.ResolveBlocks.verify|verify} messages.
             * @param message ResolveBlocks message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.ResolveBlocks.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResolveBlocks message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.ResolveBlocks & moqlab.v1.ResolveBlocks.$Shape} ResolveBlocks
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.ResolveBlocks & moqlab.v1.ResolveBlocks.$Shape;

            /**
             * Verifies a ResolveBlocks message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ResolveBlocks message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ResolveBlocks
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.ResolveBlocks;

            /**
             * Creates a plain object from a ResolveBlocks message. Also converts values to other types if specified.
             * @param message ResolveBlocks
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.ResolveBlocks, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ResolveBlocks to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ResolveBlocks {

            /** Properties of a ResolveBlocks. */
            interface $Properties {

                /** ResolveBlocks layerName */
                layerName?: (string|null);

                /** ResolveBlocks layerNum */
                layerNum?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ResolveBlocks. */
            type $Shape = moqlab.v1.ResolveBlocks.$Properties;
        }

        /**
         * Properties of a Block.
         * @deprecated Use moqlab.v1.Block.$Properties instead.
         */
        interface IBlock extends moqlab.v1.Block.$Properties {
        }

        /** Represents a Block. */
        class Block {

            /**
             * Constructs a new Block.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.Block.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Block index. */
            index: number;

            /** Block name. */
            name: string;

            /** Block parameters. */
            parameters: string[];

            /**
             * Creates a new Block instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Block instance
             */
            static create(properties: moqlab.v1.Block.$Shape): moqlab.v1.Block & moqlab.v1.Block.$Shape;
            static create(properties?: moqlab.v1.Block.$Properties): moqlab.v1.Block;

            /**
             * Encodes the specified Block message. Does not implicitly {@link moqlab.v1.Block.verify|verify} messages.
             * @param message Block message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.Block.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Block message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.Block & moqlab.v1.Block.$Shape} Block
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.Block & moqlab.v1.Block.$Shape;

            /**
             * Verifies a Block message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Block message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Block
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.Block;

            /**
             * Creates a plain object from a Block message. Also converts values to other types if specified.
             * @param message Block
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.Block, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Block to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Block {

            /** Properties of a Block. */
            interface $Properties {

                /** Block index */
                index?: (number|null);

                /** Block name */
                name?: (string|null);

                /** Block parameters */
                parameters?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Block. */
            type $Shape = moqlab.v1.Block.$Properties;
        }

        /**
         * Properties of a ResolveBlocksResult.
         * @deprecated Use moqlab.v1.ResolveBlocksResult.$Properties instead.
         */
        interface IResolveBlocksResult extends moqlab.v1.ResolveBlocksResult.$Properties {
        }

        /** Represents a ResolveBlocksResult. */
        class ResolveBlocksResult {

            /**
             * Constructs a new ResolveBlocksResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.ResolveBlocksResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ResolveBlocksResult blocks. */
            blocks: moqlab.v1.Block.$Properties[];

            /**
             * Creates a new ResolveBlocksResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ResolveBlocksResult instance
             */
            static create(properties: moqlab.v1.ResolveBlocksResult.$Shape): moqlab.v1.ResolveBlocksResult & moqlab.v1.ResolveBlocksResult.$Shape;
            static create(properties?: moqlab.v1.ResolveBlocksResult.$Properties): moqlab.v1.ResolveBlocksResult;

            /**
             * Encodes the specified ResolveBlocksResult message. Does not implicitly {@link moqlab.v1.ResolveBlocksResult.verify|verify} messages.
             * @param message ResolveBlocksResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.ResolveBlocksResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResolveBlocksResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.ResolveBlocksResult & moqlab.v1.ResolveBlocksResult.$Shape} ResolveBlocksResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.ResolveBlocksResult & moqlab.v1.ResolveBlocksResult.$Shape;

            /**
             * Verifies a ResolveBlocksResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ResolveBlocksResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ResolveBlocksResult
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.ResolveBlocksResult;

            /**
             * Creates a plain object from a ResolveBlocksResult message. Also converts values to other types if specified.
             * @param message ResolveBlocksResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.ResolveBlocksResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ResolveBlocksResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ResolveBlocksResult {

            /** Properties of a ResolveBlocksResult. */
            interface $Properties {

                /** ResolveBlocksResult blocks */
                blocks?: (moqlab.v1.Block.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ResolveBlocksResult. */
            type $Shape = moqlab.v1.ResolveBlocksResult.$Properties;
        }

        /**
         * Properties of a ComputeEigenvalues.
         * @deprecated Use moqlab.v1.ComputeEigenvalues.$Properties instead.
         */
        interface IComputeEigenvalues extends moqlab.v1.ComputeEigenvalues.$Properties {
        }

        /** Represents a ComputeEigenvalues. */
        class ComputeEigenvalues {

            /**
             * Constructs a new ComputeEigenvalues.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.ComputeEigenvalues.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ComputeEigenvalues layerName. */
            layerName: string;

            /** ComputeEigenvalues layerNum. */
            layerNum: number;

            /** ComputeEigenvalues maxIter. */
            maxIter: number;

            /** ComputeEigenvalues tol. */
            tol: number;

            /** ComputeEigenvalues stability. */
            stability: number;

            /** ComputeEigenvalues seed. */
            seed: number;

            /** ComputeEigenvalues counter. */
            counter: number;

            /**
             * Creates a new ComputeEigenvalues instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ComputeEigenvalues instance
             */
            static create(properties: moqlab.v1.ComputeEigenvalues.$Shape): moqlab.v1.ComputeEigenvalues & moqlab.v1.ComputeEigenvalues.$Shape;
            static create(properties?: moqlab.v1.ComputeEigenvalues.$Properties): moqlab.v1.ComputeEigenvalues;

            /**
             * Encodes the specified ComputeEigenvalues message. Does not implicitly {@link moqlab.v1.ComputeEigenvalues.verify|verify} messages.
             * @param message ComputeEigenvalues message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.ComputeEigenvalues.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ComputeEigenvalues message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.ComputeEigenvalues & moqlab.v1.ComputeEigenvalues.$Shape} ComputeEigenvalues
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.ComputeEigenvalues & moqlab.v1.ComputeEigenvalues.$Shape;

            /**
             * Verifies a ComputeEigenvalues message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ComputeEigenvalues message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ComputeEigenvalues
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.ComputeEigenvalues;

            /**
             * Creates a plain object from a ComputeEigenvalues message. Also converts values to other types if specified.
             * @param message ComputeEigenvalues
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.ComputeEigenvalues, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ComputeEigenvalues to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ComputeEigenvalues {

            /** Properties of a ComputeEigenvalues. */
            interface $Properties {

                /** ComputeEigenvalues layerName */
                layerName?: (string|null);

                /** ComputeEigenvalues layerNum */
                layerNum?: (number|null);

                /** ComputeEigenvalues maxIter */
                maxIter?: (number|null);

                /** ComputeEigenvalues tol */
                tol?: (number|null);

                /** ComputeEigenvalues stability */
                stability?: (number|null);

                /** ComputeEigenvalues seed */
                seed?: (number|null);

                /** ComputeEigenvalues counter */
                counter?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ComputeEigenvalues. */
            type $Shape = moqlab.v1.ComputeEigenvalues.$Properties;
        }

        /**
         * Properties of a BlockEigenvalue.
         * @deprecated Use moqlab.v1.BlockEigenvalue.$Properties instead.
         */
        interface IBlockEigenvalue extends moqlab.v1.BlockEigenvalue.$Properties {
        }

        /** Represents a BlockEigenvalue. */
        class BlockEigenvalue {

            /**
             * Constructs a new BlockEigenvalue.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.BlockEigenvalue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BlockEigenvalue block. */
            block: number;

            /** BlockEigenvalue name. */
            name: string;

            /** BlockEigenvalue eigenvalue. */
            eigenvalue: number;

            /** BlockEigenvalue iterations. */
            iterations: number;

            /** BlockEigenvalue converged. */
            converged: boolean;

            /** BlockEigenvalue seconds. */
            seconds: number;

            /** BlockEigenvalue hvps. */
            hvps: number;

            /**
             * Creates a new BlockEigenvalue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BlockEigenvalue instance
             */
            static create(properties: moqlab.v1.BlockEigenvalue.$Shape): moqlab.v1.BlockEigenvalue & moqlab.v1.BlockEigenvalue.$Shape;
            static create(properties?: moqlab.v1.BlockEigenvalue.$Properties): moqlab.v1.BlockEigenvalue;

            /**
             * Encodes the specified BlockEigenvalue message. Does not implicitly {@link moqlab.v1.BlockEigenvalue.verify|verify} messages.
             * @param message BlockEigenvalue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.BlockEigenvalue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BlockEigenvalue message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.BlockEigenvalue & moqlab.v1.BlockEigenvalue.$Shape} BlockEigenvalue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.BlockEigenvalue & moqlab.v1.BlockEigenvalue.$Shape;

            /**
             * Verifies a BlockEigenvalue message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BlockEigenvalue message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BlockEigenvalue
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.BlockEigenvalue;

            /**
             * Creates a plain object from a BlockEigenvalue message. Also converts values to other types if specified.
             * @param message BlockEigenvalue
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.BlockEigenvalue, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BlockEigenvalue to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace BlockEigenvalue {

            /** Properties of a BlockEigenvalue. */
            interface $Properties {

                /** BlockEigenvalue block */
                block?: (number|null);

                /** BlockEigenvalue name */
                name?: (string|null);

                /** BlockEigenvalue eigenvalue */
                eigenvalue?: (number|null);

                /** BlockEigenvalue iterations */
                iterations?: (number|null);

                /** BlockEigenvalue converged */
                converged?: (boolean|null);

                /** BlockEigenvalue seconds */
                seconds?: (number|null);

                /** BlockEigenvalue hvps */
                hvps?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BlockEigenvalue. */
            type $Shape = moqlab.v1.BlockEigenvalue.$Properties;
        }

        /**
         * Properties of a ComputeEigenvaluesResult.
         * @deprecated Use moqlab.v1.ComputeEigenvaluesResult.$Properties instead.
         */
        interface IComputeEigenvaluesResult extends moqlab.v1.ComputeEigenvaluesResult.$Properties {
        }

        /** Represents a ComputeEigenvaluesResult. */
        class ComputeEigenvaluesResult {

            /**
             * Constructs a new ComputeEigenvaluesResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.ComputeEigenvaluesResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ComputeEigenvaluesResult blocks. */
            blocks: moqlab.v1.BlockEigenvalue.$Properties[];

            /** ComputeEigenvaluesResult seconds. */
            seconds: number;

            /**
             * Creates a new ComputeEigenvaluesResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ComputeEigenvaluesResult instance
             */
            static create(properties: moqlab.v1.ComputeEigenvaluesResult.$Shape): moqlab.v1.ComputeEigenvaluesResult & moqlab.v1.ComputeEigenvaluesResult.$Shape;
            static create(properties?: moqlab.v1.ComputeEigenvaluesResult.$Properties): moqlab.v1.ComputeEigenvaluesResult;

            /**
             * Encodes the specified ComputeEigenvaluesResult message. Does not implicitly {@link moqlab.v1.ComputeEigenvaluesResult.verify|verify} messages.
             * @param message ComputeEigenvaluesResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.ComputeEigenvaluesResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ComputeEigenvaluesResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.ComputeEigenvaluesResult & moqlab.v1.ComputeEigenvaluesResult.$Shape} ComputeEigenvaluesResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.ComputeEigenvaluesResult & moqlab.v1.ComputeEigenvaluesResult.$Shape;

            /**
             * Verifies a ComputeEigenvaluesResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ComputeEigenvaluesResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ComputeEigenvaluesResult
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.ComputeEigenvaluesResult;

            /**
             * Creates a plain object from a ComputeEigenvaluesResult message. Also converts values to other types if specified.
             * @param message ComputeEigenvaluesResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.ComputeEigenvaluesResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ComputeEigenvaluesResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ComputeEigenvaluesResult {

            /** Properties of a ComputeEigenvaluesResult. */
            interface $Properties {

                /** ComputeEigenvaluesResult blocks */
                blocks?: (moqlab.v1.BlockEigenvalue.$Properties[]|null);

                /** ComputeEigenvaluesResult seconds */
                seconds?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ComputeEigenvaluesResult. */
            type $Shape = moqlab.v1.ComputeEigenvaluesResult.$Properties;
        }

        /**
         * Properties of an Export.
         * @deprecated Use moqlab.v1.Export.$Properties instead.
         */
        interface IExport extends moqlab.v1.Export.$Properties {
        }

        /** Represents an Export. */
        class Export {

            /**
             * Constructs a new Export.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.Export.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Export outDir. */
            outDir: string;

            /** Export dtype. */
            dtype: string;

            /** Export scaleDtype. */
            scaleDtype: string;

            /** Export tensors. */
            tensors: moqlab.v1.ExportTensor.$Properties[];

            /** Export parityExamples. */
            parityExamples: number;

            /** Export quantCounter. */
            quantCounter: number;

            /**
             * Creates a new Export instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Export instance
             */
            static create(properties: moqlab.v1.Export.$Shape): moqlab.v1.Export & moqlab.v1.Export.$Shape;
            static create(properties?: moqlab.v1.Export.$Properties): moqlab.v1.Export;

            /**
             * Encodes the specified Export message. Does not implicitly {@link moqlab.v1.Export.verify|verify} messages.
             * @param message Export message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.Export.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Export message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.Export & moqlab.v1.Export.$Shape} Export
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.Export & moqlab.v1.Export.$Shape;

            /**
             * Verifies an Export message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Export message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Export
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.Export;

            /**
             * Creates a plain object from an Export message. Also converts values to other types if specified.
             * @param message Export
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.Export, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Export to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Export {

            /** Properties of an Export. */
            interface $Properties {

                /** Export outDir */
                outDir?: (string|null);

                /** Export dtype */
                dtype?: (string|null);

                /** Export scaleDtype */
                scaleDtype?: (string|null);

                /** Export tensors */
                tensors?: (moqlab.v1.ExportTensor.$Properties[]|null);

                /** Export parityExamples */
                parityExamples?: (number|null);

                /** Export quantCounter */
                quantCounter?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Export. */
            type $Shape = moqlab.v1.Export.$Properties;
        }

        /**
         * Properties of an ExportTensor.
         * @deprecated Use moqlab.v1.ExportTensor.$Properties instead.
         */
        interface IExportTensor extends moqlab.v1.ExportTensor.$Properties {
        }

        /** Represents an ExportTensor. */
        class ExportTensor {

            /**
             * Constructs a new ExportTensor.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.ExportTensor.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExportTensor name. */
            name: string;

            /** ExportTensor bits. */
            bits: number;

            /**
             * Creates a new ExportTensor instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExportTensor instance
             */
            static create(properties: moqlab.v1.ExportTensor.$Shape): moqlab.v1.ExportTensor & moqlab.v1.ExportTensor.$Shape;
            static create(properties?: moqlab.v1.ExportTensor.$Properties): moqlab.v1.ExportTensor;

            /**
             * Encodes the specified ExportTensor message. Does not implicitly {@link moqlab.v1.ExportTensor.verify|verify} messages.
             * @param message ExportTensor message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.ExportTensor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExportTensor message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.ExportTensor & moqlab.v1.ExportTensor.$Shape} ExportTensor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.ExportTensor & moqlab.v1.ExportTensor.$Shape;

            /**
             * Verifies an ExportTensor message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ExportTensor message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ExportTensor
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.ExportTensor;

            /**
             * Creates a plain object from an ExportTensor message. Also converts values to other types if specified.
             * @param message ExportTensor
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.ExportTensor, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ExportTensor to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ExportTensor {

            /** Properties of an ExportTensor. */
            interface $Properties {

                /** ExportTensor name */
                name?: (string|null);

                /** ExportTensor bits */
                bits?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExportTensor. */
            type $Shape = moqlab.v1.ExportTensor.$Properties;
        }

        /**
         * Properties of an ExportedTensor.
         * @deprecated Use moqlab.v1.ExportedTensor.$Properties instead.
         */
        interface IExportedTensor extends moqlab.v1.ExportedTensor.$Properties {
        }

        /** Represents an ExportedTensor. */
        class ExportedTensor {

            /**
             * Constructs a new ExportedTensor.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.ExportedTensor.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExportedTensor name. */
            name: string;

            /** ExportedTensor kind. */
            kind: string;

            /** ExportedTensor bits. */
            bits: number;

            /** ExportedTensor packing. */
            packing: string;

            /** ExportedTensor bytes. */
            bytes: number;

            /** ExportedTensor fp16Bytes. */
            fp16Bytes: number;

            /** ExportedTensor note. */
            note: string;

            /** ExportedTensor loadedAs. */
            loadedAs: string;

            /** ExportedTensor residentBytes. */
            residentBytes: number;

            /** ExportedTensor fp32Bytes. */
            fp32Bytes: number;

            /**
             * Creates a new ExportedTensor instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExportedTensor instance
             */
            static create(properties: moqlab.v1.ExportedTensor.$Shape): moqlab.v1.ExportedTensor & moqlab.v1.ExportedTensor.$Shape;
            static create(properties?: moqlab.v1.ExportedTensor.$Properties): moqlab.v1.ExportedTensor;

            /**
             * Encodes the specified ExportedTensor message. Does not implicitly {@link moqlab.v1.ExportedTensor.verify|verify} messages.
             * @param message ExportedTensor message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.ExportedTensor.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExportedTensor message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.ExportedTensor & moqlab.v1.ExportedTensor.$Shape} ExportedTensor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.ExportedTensor & moqlab.v1.ExportedTensor.$Shape;

            /**
             * Verifies an ExportedTensor message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ExportedTensor message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ExportedTensor
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.ExportedTensor;

            /**
             * Creates a plain object from an ExportedTensor message. Also converts values to other types if specified.
             * @param message ExportedTensor
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.ExportedTensor, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ExportedTensor to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ExportedTensor {

            /** Properties of an ExportedTensor. */
            interface $Properties {

                /** ExportedTensor name */
                name?: (string|null);

                /** ExportedTensor kind */
                kind?: (string|null);

                /** ExportedTensor bits */
                bits?: (number|null);

                /** ExportedTensor packing */
                packing?: (string|null);

                /** ExportedTensor bytes */
                bytes?: (number|null);

                /** ExportedTensor fp16Bytes */
                fp16Bytes?: (number|null);

                /** ExportedTensor note */
                note?: (string|null);

                /** ExportedTensor loadedAs */
                loadedAs?: (string|null);

                /** ExportedTensor residentBytes */
                residentBytes?: (number|null);

                /** ExportedTensor fp32Bytes */
                fp32Bytes?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExportedTensor. */
            type $Shape = moqlab.v1.ExportedTensor.$Properties;
        }

        /**
         * Properties of an ExportResult.
         * @deprecated Use moqlab.v1.ExportResult.$Properties instead.
         */
        interface IExportResult extends moqlab.v1.ExportResult.$Properties {
        }

        /** Represents an ExportResult. */
        class ExportResult {

            /**
             * Constructs a new ExportResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: moqlab.v1.ExportResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ExportResult outDir. */
            outDir: string;

            /** ExportResult bytes. */
            bytes: number;

            /** ExportResult fp16Bytes. */
            fp16Bytes: number;

            /** ExportResult tensors. */
            tensors: moqlab.v1.ExportedTensor.$Properties[];

            /** ExportResult maxAbs. */
            maxAbs: number;

            /** ExportResult sqnrDb. */
            sqnrDb: number;

            /** ExportResult agreement. */
            agreement: number;

            /** ExportResult parityExamples. */
            parityExamples: number;

            /** ExportResult residentBytes. */
            residentBytes: number;

            /** ExportResult fp32ResidentBytes. */
            fp32ResidentBytes: number;

            /** ExportResult fp16ResidentBytes. */
            fp16ResidentBytes: number;

            /**
             * Creates a new ExportResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ExportResult instance
             */
            static create(properties: moqlab.v1.ExportResult.$Shape): moqlab.v1.ExportResult & moqlab.v1.ExportResult.$Shape;
            static create(properties?: moqlab.v1.ExportResult.$Properties): moqlab.v1.ExportResult;

            /**
             * Encodes the specified ExportResult message. Does not implicitly {@link moqlab.v1.ExportResult.verify|verify} messages.
             * @param message ExportResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: moqlab.v1.ExportResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an ExportResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {moqlab.v1.ExportResult & moqlab.v1.ExportResult.$Shape} ExportResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): moqlab.v1.ExportResult & moqlab.v1.ExportResult.$Shape;

            /**
             * Verifies an ExportResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an ExportResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ExportResult
             */
            static fromObject(object: { [k: string]: any }): moqlab.v1.ExportResult;

            /**
             * Creates a plain object from an ExportResult message. Also converts values to other types if specified.
             * @param message ExportResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: moqlab.v1.ExportResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ExportResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ExportResult {

            /** Properties of an ExportResult. */
            interface $Properties {

                /** ExportResult outDir */
                outDir?: (string|null);

                /** ExportResult bytes */
                bytes?: (number|null);

                /** ExportResult fp16Bytes */
                fp16Bytes?: (number|null);

                /** ExportResult tensors */
                tensors?: (moqlab.v1.ExportedTensor.$Properties[]|null);

                /** ExportResult maxAbs */
                maxAbs?: (number|null);

                /** ExportResult sqnrDb */
                sqnrDb?: (number|null);

                /** ExportResult agreement */
                agreement?: (number|null);

                /** ExportResult parityExamples */
                parityExamples?: (number|null);

                /** ExportResult residentBytes */
                residentBytes?: (number|null);

                /** ExportResult fp32ResidentBytes */
                fp32ResidentBytes?: (number|null);

                /** ExportResult fp16ResidentBytes */
                fp16ResidentBytes?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an ExportResult. */
            type $Shape = moqlab.v1.ExportResult.$Properties;
        }
    }
}
